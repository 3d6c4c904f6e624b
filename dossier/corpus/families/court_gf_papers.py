"""What 浑江法院执行局 receives, each in its maker's hand: the civil divisions' 民事判决书 / 民事调解书 in AR PL 明体
with "· n ·" folios and the division's 生效证明 as a small ruled slip; the bank's application typed in 宋体 under its
seal; the lawyers' papers in 楷体 (GB faces: their dates are typed in figures); a retired forester's application
written out by his son on a red-ruled 方格稿纸; a 律师事务所函 under a green-black letterhead; ID cards, licences
and a 户口簿's 常住人口登记卡 as photocopies; the 派出所's or the 村民委员会's certificate that the trader is missing;
the window's forms filled in ballpoint; the 吉林省非税收入 slip; the 查控 system's printout; the bank's 回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, mm, seal, text_width
from dossier.corpus.families.court_gf_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    folio,
    form_title,
    frame,
    gel,
    label,
)
from dossier.corpus.fonts import font
from dossier.corpus.paper import printable, scrawl

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "kinship_proof",
    "payment_account_confirmation", "service_address_confirmation", "whereabouts_unknown_proof",
    "property_declaration_form", "online_inquiry_result", "settlement_agreement", "payment_voucher",
})
BALLPOINT = (28, 40, 130)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_gf import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _mediation(c, rng) if c.extra["tale"] == "spring" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng, d)
    if code == "enforcement_application":
        return _grid_paper(c, rng, d) if c.extra["tale"] == "spring" else _application(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "kinship_proof":
        return _household(c, rng)
    if code == "whereabouts_unknown_proof":
        return _missing(c, rng, d)
    if code == "identity_proof":
        return _identity(c, rng, respondent="respondent" in served)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _voucher(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    b = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{b.year}年{b.month}月{b.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _guarantors(c: CaseCtx) -> list[Party]:
    return list(c.extra.get("guarantors", []))


def _civil_head(s: Sheet, title: str) -> float:
    s.centred(TOP - mm(2), COURT, font("ming", 54), spacing=6)
    s.centred(TOP + 92, title, font("ming", 84), spacing=40)
    return TOP + 236


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's judgment in 明体, folios "· n ·"."""
    a, r = c.applicant, c.respondent
    heard = c.extra["heard"]
    paras: list[tuple[str, str]] = [("h", f"原告：{_who(a)}")]
    if c.extra["tale"] == "loan":
        gs = _guarantors(c)
        paras += [("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}")]
        paras += [("h", f"被告：{_who(g)}") for g in gs]
        p, i = c.extra["principal"], c.extra["interest"]
        story = (f"2022年3月，原告与被告{r.name}签订《流动资金借款合同》（编号{c.extra['loan_no']}），约定借款{p:,.0f}元用于"
                 f"收购鲜参，期限一年。被告{gs[0].name}、{gs[1].name}、{gs[2].name}分别与原告签订《保证合同》，为上述借款"
                 "提供连带责任保证。借款到期后被告未归还本金，并自2023年1月起欠付利息。")
        held = (f"借款合同及保证合同均合法有效。被告{r.name}未按约还款，应当偿还借款本金并支付利息；被告{gs[0].name}、"
                f"{gs[1].name}、{gs[2].name}作为连带责任保证人，应对上述债务承担连带清偿责任。")
        rulings = [f"一、被告{r.name}于本判决生效之日起十日内偿还原告借款本金{p:,.2f}元及截至起诉之日的利息、罚息{i:,.2f}元，"
                   "此后的利息按合同约定计算至实际清偿之日止；",
                   f"二、被告{'、'.join(g.name for g in gs)}对上述第一项债务承担连带清偿责任；保证人承担保证责任后，有权向"
                   f"被告{r.name}追偿。"]
        law = "《中华人民共和国民法典》第六百六十七条、第六百七十四条、第六百八十八条、第七百条"
        present = (f"原告的委托诉讼代理人{c.agent}，被告{r.name}的法定代表人暨被告{gs[0].name}，被告{gs[1].name}、{gs[2].name}"
                   "到庭参加诉讼")
    else:
        paras += [("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}")]
        jin, price = c.extra["jin"], c.extra["price"]
        story = (f"2022年9月，被告到原告承包的参园收购六年生园参（鲜参），双方约定每斤{price}元，原告当场交付鲜参{jin}斤，"
                 f"被告出具欠条一张，载明欠参款{c.amount:,.2f}元，约定卖参后一个月内付清。到期后被告未付款，现已无法联系。")
        held = "被告出具的欠条系其真实意思表示，双方买卖关系成立。原告已交付鲜参，被告应当支付价款。被告经传票传唤无正当理由拒不到庭，不影响本院依法作出判决。"
        rulings = [f"被告{r.name}于本判决生效之日起十日内给付原告{a.name}参款{c.amount:,.2f}元。"]
        law = "《中华人民共和国民法典》第五百九十五条、第六百二十六条，《中华人民共和国民事诉讼法》第一百四十七条"
        present = f"原告{a.name}及其委托诉讼代理人{c.agent}到庭参加诉讼，被告{r.name}经公告送达传票传唤未到庭"
    paras += [
        ("p", f"原告{a.name}与被告{r.name}{'等' if c.extra['tale'] == 'loan' else ''}{c.extra['cause']}一案，本院立案后，"
              f"依法适用普通程序，于{cn_date(heard)}公开开庭进行了审理。{present}。本案现已审理终结。"),
        ("p", f"原告{a.name}向本院提出诉讼请求：判令被告给付{money(c.amount)}，并负担本案诉讼费用。事实和理由：{story}"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", f"本院认为，{held}依照{law}的规定，判决如下："),
        *[("p", t) for t in rulings],
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 50}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于吉林省"
              "白山市中级人民法院。"),
    ]
    return _civil(c, rng, "民事判决书", paras, c.basis_effective - timedelta(days=rng.randint(16, 24)),
                  [("审判长", c.extra.setdefault("civil_judge", person_name(rng))), ("审判员", person_name(rng)),
                   ("人民陪审员", person_name(rng))])


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    yearly, years, pen = c.extra["yearly"], c.extra["years"], c.extra["penalty"]
    paras = [
        ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，系原告之子。"), ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(c.extra['heard'] - timedelta(days=40))}立案后，"
              "依法适用简易程序进行了审理。"),
        ("p", f"原告诉称：2019年原告将其承包的{c.extra['farm']}林下泉眼地块出租给被告作为水源保护地，约定年租金{yearly:,.0f}元，"
              f"每年12月底前支付。被告自2021年起未支付租金，累计拖欠{years}年。请求判令被告支付租金及违约金。"),
        ("p", "本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}于{num_date(c.basis_effective + timedelta(days=30))}前给付原告{a.name}拖欠租金"
              f"{yearly * years:,.2f}元及违约金{pen:,.2f}元，合计{c.amount:,.2f}元；"),
        ("p", "二、双方租赁合同继续履行，此后租金按合同约定按年支付；"),
        ("p", "三、案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    return _civil(c, rng, "民事调解书", paras, c.extra["heard"], [("审判员", person_name(rng))])


def _civil(c: CaseCtx, rng: random.Random, title: str, paras: list[tuple[str, str]], when: date,
           judges: list[tuple[str, str]]) -> list[Sheet]:
    s = Sheet()
    y = _civil_head(s, title)
    f = font("ming", 41)
    flow = Flow([s], y + 80, left=mm(29), right=mm(27))
    s.right(s.width - mm(27), y, c.basis_number, font("ming", 40))
    for kind, text in paras:
        flow.para(text, f, lead=72, indent=0 if kind == "h" else f.size * 2, hang=f.size * 2 if kind == "h" else 0)
    flow.room(90 * len(judges) + 300)
    last, yy = flow.s, flow.y + 50
    x = last.width - mm(96)
    for role, name in judges:
        last.text(x, yy, role, f, spacing=0 if len(role) > 3 else (f.size if len(role) == 2 else 10))
        last.text(x + mm(42), yy, name, f)
        yy += 76
    d = cn_date(when)
    last.text(x, yy + 24, d, f)
    seal(last, x + text_width(d, f) / 2, yy + 40, COURT, rng, radius=mm(21))
    last.text(x, yy + 110, "书　记　员", f)
    last.text(x + mm(42), yy + 110, person_name(rng), f)
    last.text(mm(29), yy + 200, "本件与原本核对无异", font("ming", 34))
    return folio(flow.sheets, font("ming", 32), style="civil")


def _in_effect(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The civil division's 生效证明: a small ruled slip in the top half of the sheet."""
    s = Sheet()
    y = form_title(s, "法律文书生效证明", size=56)
    w = s.width - LEFT - RIGHT
    parties = "、".join([c.respondent.name, *[g.name for g in _guarantors(c)]])
    served = c.basis_effective - timedelta(days=15)
    rows = [["原审案号", c.basis_number], ["文书名称", "民事判决书"], ["原　告", c.applicant.name], ["被　告", parties],
            ["送达日期", f"{num_date(served)}（各方当事人均已签收）"], ["上诉情况", "在法定期限内，各方当事人均未提起上诉"],
            ["生效日期", num_date(c.basis_effective)]]
    boxes = frame(s, LEFT, y, [mm(36), w - mm(36)], rows, heights=[mm(14), mm(14), mm(14), mm(22), mm(14), mm(14), mm(14)])
    y = boxes[-1][3] + 50
    s.text(LEFT, y, "上述法律文书已发生法律效力，特此证明。", font("ming", 40))
    s.right(s.width - RIGHT - mm(10), y + 110, cn_date(d), font("ming", 40))
    seal(s, s.width - RIGHT - mm(42), y + 120, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 110, f"民事审判第一庭　经办人：{person_name(rng)}", font("ming", 34))
    return [s]


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """Typed: the bank's in 宋体 under its own seal; the grower's lawyer's in 楷体."""
    a, r = c.applicant, c.respondent
    bank = c.extra["tale"] == "loan"
    face = "song_gb" if bank else "kai_gb"
    f = font(face, 43)
    s = Sheet()
    s.centred(TOP, "申请执行书" if bank else "强制执行申请书", font("hei", 72), spacing=22)
    flow = Flow([s], TOP + 150, left=mm(27), right=mm(25))
    lines: list[tuple[str, str]] = [("h", f"申请执行人：{_who(a)}"), ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。")]
    lines += [("h", f"被执行人：{_who(r)}")]
    lines += [("h", f"被执行人（保证人）：{_who(g)}") for g in _guarantors(c)]
    ask = (f"一、请求强制执行被执行人{r.name}偿还借款本金及利息共计{money(c.amount)}，以及判决确定的此后利息；二、被执行人"
           f"{'、'.join(g.name for g in _guarantors(c))}承担连带清偿责任；" if bank else
           f"一、请求强制执行被执行人{r.name}给付参款{money(c.amount)}；二、加倍支付迟延履行期间的债务利息；")
    lines += [
        ("t", "请求事项："), ("p", ask + "三、执行费用由被执行人负担；四、对被执行人采取限制消费措施，并将其纳入失信被执行人名单。"),
        ("t", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}民事判决书，现已发生法律效力。"
              f"被执行人至今未履行{'' if bank else '，且已下落不明'}。依据《中华人民共和国民事诉讼法》第二百四十七条的规定，"
              "特向贵院申请强制执行。"),
        ("t", "此致"), ("t", COURT),
    ]
    for kind, text in lines:
        t = printable(face, text)
        if kind == "t":
            flow.flush(t, f, lead=76)
        else:
            flow.para(t, f, lead=76, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    flow.room(280)
    last, y = flow.s, flow.y + 60
    last.text(last.width - mm(112), y, "申请执行人：", f)
    if bank:
        seal(last, last.width - mm(48), y + 24, a.name, rng, radius=mm(20))
    else:
        scrawl(last, last.width - mm(62), y - 8, a.name, rng, role="kai", size=58, ink=INK)
    last.text(last.width - mm(90), y + 120, f"{d.year}年{d.month}月{d.day}日", f)
    return flow.sheets


def _grid_paper(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The retired forester's application, written out by his son on a red-ruled 400-字 方格稿纸, one character a box."""
    a, r, son = c.applicant, c.respondent, c.extra["son"]
    text = [
        "强制执行申请书",
        f"申请人：{a.name}，男，{a.born.year if a.born else 1950}年生，汉族，{c.extra['farm']}退休工人，住{a.address.replace('吉林省白山市', '')}，身份证号{a.id_number}。",
        f"委托代理人：{son.name}，系申请人之子，电话{son.phone}。",
        f"被申请人：{r.name}，住{r.address.replace('吉林省白山市', '')}，法定代表人{r.legal_rep}。",
        f"请求事项：请求法院强制执行{c.basis_number}民事调解书，被申请人给付租金和违约金共{c.amount:,.0f}元。",
        "事实和理由：调解书生效后，被申请人没有按期给付。我父亲年纪大了，身体不好，冬天烧煤取暖都要花钱，特申请强制执行。",
        "此致",
        COURT,
    ]
    red = (200, 70, 70)
    cols, rows = 20, 20
    cell = mm(8.2)
    sheets: list[Sheet] = []
    x0 = (Sheet().width - cols * cell) / 2
    y0 = mm(30)

    def blank() -> Sheet:
        s = Sheet()
        for i in range(rows):
            y = y0 + i * (cell + mm(2.2))
            s.box(x0, y, x0 + cols * cell, y + cell, width=1, outline=red)
            for k in range(1, cols):
                s.line(x0 + k * cell, y, x0 + k * cell, y + cell, width=1, fill=red)
        s.text(x0, y0 + rows * (cell + mm(2.2)) + mm(2), "20×20＝400", font("song_gb", 24), fill=red)
        sheets.append(s)
        return s

    s = blank()
    slot = 0
    rows_text: dict[tuple[int, int], str] = {}
    for k, para in enumerate(text):
        lead = 6 if k == 0 else (0 if para in ("此致", COURT) else 2)
        if slot % cols:
            slot += cols - slot % cols
        slot += lead
        for ch in para:
            if slot >= cols * rows:
                s = blank()
                slot = 0
            row, col = divmod(slot, cols)
            scrawl(s, x0 + col * cell + mm(1.2), y0 + row * (cell + mm(2.2)) + mm(0.6), ch, rng, role="wenkai",
                   size=int(cell * 0.78), ink=BALLPOINT, slant=3.0)
            s.lines.pop()  # recorded below, a box row at a time
            key = (len(sheets) - 1, row)
            rows_text[key] = rows_text.get(key, "") + ch
            slot += 1
    for (page, _row), line in sorted(rows_text.items()):
        sheets[page].lines.append(line)
    last = sheets[-1]
    foot = y0 + rows * (cell + mm(2.2)) + mm(10)
    last.text(last.width - mm(120), foot, "申请人：", font("song_gb", 36))
    scrawl(last, last.width - mm(92), foot - 8, a.name, rng, role="kai", size=52, ink=BALLPOINT)
    last.draw.ellipse((last.width - mm(52), foot - 4, last.width - mm(52) + 36, foot + 40), fill=(205, 45, 45))
    scrawl(last, last.width - mm(120), foot + 70, f"代书人：{son.name}　{d.year}.{d.month}.{d.day}", rng, role="wenkai",
           size=40, ink=BALLPOINT)
    return sheets


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    son = c.extra.get("son")
    face = "kai_gb" if son is None else "song_gb"
    s.centred(TOP + 10, "授权委托书", font("serif_bold" if son is None else "hei", 70), spacing=24)
    flow = Flow([s], TOP + 160, left=mm(27), right=mm(25))
    f = font(face, 42)
    agent = (f"受委托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}。" if son is None else
             f"受委托人：{son.name}，男，住{son.address}，公民身份号码{son.id_number}，与委托人关系：父子。")
    scope = ("代为申请执行、提供财产线索、参加执行和解、签订和解协议、代收执行款、签收法律文书、申请终结本次执行程序。"
             if son is None else "代为申请强制执行、签收法律文书、参加执行和解并签订和解协议、代为领取执行款。")
    for kind, text in [("h", f"委托人：{_who(a)}"), ("h", agent),
                       ("p", f"现委托上列受委托人在{a.name}申请执行{c.respondent.name}{c.extra['cause']}一案中，作为委托人的代理人。"),
                       ("p", f"代理权限：特别授权，{scope}"), ("p", "委托期限：至本案执行终结止。")]:
        flow.para(printable(face, text), f, lead=74, indent=f.size * 2 if kind == "p" else 0,
                  hang=f.size * 2 if kind == "h" else 0)
    y = flow.y + 80
    sh = flow.s
    sh.text(mm(27), y, "委托人：", f)
    sh.text(sh.width / 2 + mm(5), y, "受委托人：", f)
    if a.kind == "organisation":
        seal(sh, mm(80), y + 90, a.name, rng, radius=mm(20))
        scrawl(sh, mm(50), y + 60, a.legal_rep, rng, role="kai", size=52, ink=INK)
    else:
        scrawl(sh, mm(52), y - 6, a.name, rng, role="kai", size=56, ink=INK)
        sh.draw.ellipse((mm(92), y - 4, mm(92) + 34, y + 40), fill=(200, 40, 40))
    scrawl(sh, sh.width / 2 + mm(40), y - 6, c.agent, rng, role="kai", size=56, ink=INK)
    sh.text(sh.width - mm(95), y + 170, f"{d.year}年{d.month}月{d.day}日", f)
    return [sh]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    ink = (20, 70, 60)
    s.text(LEFT, TOP - mm(6), c.firm, font("serif_bold", 64), fill=ink, spacing=6)
    s.text(LEFT, TOP + 76, "JILIN LAW FIRM · 白山", font("sans", 26), fill=ink, record=False)
    s.line(LEFT, TOP + 118, s.width - RIGHT, TOP + 118, width=8, fill=ink)
    no = f"（{d.year}）吉白律函字第{rng.randint(12, 240)}号"
    s.right(s.width - RIGHT, TOP + 140, printable("song_gb", no), font("song_gb", 36))
    s.centred(TOP + 230, "律师事务所函", font("song_gb", 62), spacing=12)
    flow = Flow([s], TOP + 350, left=LEFT, right=RIGHT)
    f = font("song_gb", 42)
    flow.flush(f"{COURT}：", f, lead=76)
    flow.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其申请执行{c.respondent.name}"
              f"{'等' if c.extra['tale'] == 'loan' else ''}{c.extra['cause']}一案的代理人，请予接洽。", f, lead=76, indent=84)
    flow.para("此函。", f, lead=76, indent=84)
    flow.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", font("song_gb", 34), lead=58)
    flow.para(f"地址：{c.extra['firm_addr']}", font("song_gb", 34), lead=58)
    y = flow.y + 110
    s.right(s.width - RIGHT - mm(10), y, f"{d.year}年{d.month}月{d.day}日", f)
    seal(s, s.width - RIGHT - mm(40), y - 16, c.firm, rng, radius=mm(20))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """律师执业证 copy: the photo page and the record page side by side, stamped 与原件核对一致 by the lawyer."""
    s = Sheet()
    x0, y0 = mm(20), mm(45)
    w, h = mm(80), mm(110)
    grey = (226, 226, 223)
    for k in range(2):
        x = x0 + k * (w + mm(10))
        s.draw.rectangle((x, y0, x + w, y0 + h), fill=grey, outline=(80, 80, 80), width=2)
    f = font("hei", 32)
    s.centred(y0 + mm(8), "中华人民共和国律师执业证", font("hei", 34), x0=x0, x1=x0 + w)
    s.draw.rectangle((x0 + mm(25), y0 + mm(22), x0 + mm(55), y0 + mm(62)), fill=(120, 120, 120))
    s.text(x0 + mm(8), y0 + mm(72), f"持证人：{c.agent}", f)
    s.text(x0 + mm(8), y0 + mm(82), f"性别：{'男' if rng.random() < 0.6 else '女'}", f)
    x = x0 + w + mm(10)
    for k, (lab, val) in enumerate([("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                                    ("发证机关", "吉林省司法厅"), ("发证日期", f"20{rng.randint(12, 21)}年{rng.randint(1, 12)}月")]):
        s.text(x + mm(5), y0 + mm(12) + k * mm(18), lab, font("hei", 28))
        s.text(x + mm(5), y0 + mm(20) + k * mm(18), val, font("song_gb", 32))
    seal(s, x + mm(55), y0 + mm(92), "吉林省司法厅", rng, radius=mm(15))
    scrawl(s, x0 + mm(10), y0 + h + mm(20), "与原件核对一致", rng, role="kai", size=56, ink=INK)
    scrawl(s, x0 + mm(100), y0 + h + mm(22), c.agent, rng, role="kai", size=52, ink=INK)
    return [s]


def _household(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """户口簿 copy: the father's and the son's 常住人口登记卡 on one A4, the son's note under them."""
    a, son = c.applicant, c.extra["son"]
    s = Sheet()
    s.centred(mm(18), "居民户口簿（复印件）", font("hei", 46), spacing=8)
    w, h = mm(150), mm(108)
    x = (s.width - w) / 2
    ink = (45, 45, 60)
    for k, (p, rel) in enumerate(((a, "户主"), (son, "子"))):
        y = mm(32) + k * (h + mm(10))
        s.draw.rectangle((x, y, x + w, y + h), fill=(232, 232, 228), outline=ink, width=3)
        s.centred(y + mm(5), "常住人口登记卡", font("serif_bold", 44), x0=x, x1=x + w, fill=ink)
        b = p.born or date(1950, 1, 1)
        rows = [["姓名", p.name, "户主或与户主关系", rel], ["性别", p.sex, "民族", "汉"],
                ["出生日期", f"{b.year}年{b.month}月{b.day}日", "出生地", "吉林省白山市"],
                ["住址", p.address.replace("吉林省", "")], ["公民身份号码", p.id_number],
                ["服务处所", f"{c.extra['farm']}（退休）" if rel == "户主" else "个体", "职业", "—"]]
        frame(s, x + mm(5), y + mm(17), [mm(30), mm(45), mm(40), mm(25)], rows, heights=mm(13.5), labels=(0, 2),
              f=font("song_gb", 31), ink=ink)
        seal(s, x + w - mm(28), y + h - mm(22), "白山市公安局浑江分局户口专用章", rng, radius=mm(16))
    yy = mm(32) + 2 * (h + mm(10)) + mm(2)
    scrawl(s, mm(30), yy, "复印件与原件一致，委托人与受托人系父子关系。", rng, role="wenkai", size=44, ink=BALLPOINT)
    scrawl(s, s.width - mm(70), yy + mm(14), son.name, rng, role="kai", size=52, ink=BALLPOINT)
    return [s]


def _missing(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The trader is missing: the 派出所's typed 证明 on its letterhead, or the village committee's handwritten one."""
    r = c.respondent
    s = Sheet()
    gone = c.extra["gone"]
    if c.extra["proof_by"] == "station":
        body = font("song_gb", 42)
        s.centred(TOP, c.extra["station"], font("song_gb", 56), fill=RED, spacing=4)
        s.line(LEFT, TOP + 90, s.width - RIGHT, TOP + 90, width=5, fill=RED)
        s.centred(TOP + 150, "证　　明", font("hei", 70), spacing=20)
        flow = Flow([s], TOP + 290, left=LEFT, right=RIGHT)
        flow.flush(f"{COURT}：", body, lead=78)
        for t in [f"{r.name}，{r.sex}，公民身份号码{r.id_number}，户籍地址{r.address}。",
                  f"经我所核查，该人自{gone.year}年{gone.month}月起离开户籍地，至今未归，其家属及所在村民委员会均无法与其取得"
                  "联系，其居民身份证近期无住宿、出行登记信息，现下落不明。",
                  "特此证明。"]:
            flow.para(printable("song_gb", t), body, lead=78, indent=84)
        y = flow.y + 120
        s.right(s.width - RIGHT - mm(10), y, f"{d.year}年{d.month}月{d.day}日", body)
        seal(s, s.width - RIGHT - mm(42), y - 10, c.extra["station"], rng, radius=mm(21))
        s.text(LEFT, y + 140, f"经办民警：{person_name(rng)}　　联系电话：0439-34{rng.randint(10000, 99999)}", font("song_gb", 34))
        return [s]
    vill = c.extra["village"]
    s.centred(TOP - mm(4), vill, font("song_gb", 50), fill=RED, spacing=2)
    s.line(LEFT, TOP + 80, s.width - RIGHT, TOP + 80, width=3, fill=RED)
    s.centred(TOP + 130, "下落不明证明", font("song_gb", 64), spacing=10)
    y = TOP + 250.0
    for t in [f"兹证明我村{r.address.split('村')[1].split('号')[0]}号村民{r.name}（身份证号{r.id_number}），",
              f"于{gone.year}年{gone.month}月外出收参后一直未回村，", "手机停机，家中无人居住，冬天没生过火，",
              "亲属及村委会均联系不上，下落不明。", "特此证明。"]:
        scrawl(s, LEFT + mm(6), y, t, rng, role="wenkai", size=46, ink=BALLPOINT)
        y += mm(15)
    s.text(s.width - mm(120), y + mm(20), "村主任：", font("song_gb", 40))
    scrawl(s, s.width - mm(88), y + mm(18), person_name(rng), rng, role="kai", size=50, ink=BALLPOINT)
    scrawl(s, s.width - mm(110), y + mm(40), f"{d.year}年{d.month}月{d.day}日", rng, role="wenkai", size=44, ink=BALLPOINT)
    seal(s, s.width - mm(75), y + mm(38), vill, rng, radius=mm(21))
    return [s]


def _id_copy(s: Sheet, p: Party, x: float, y: float, rng: random.Random) -> None:
    """A second-generation ID card's two faces, photocopied one above the other."""
    w, h = mm(86), mm(54)
    grey = (228, 228, 224)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), fill=grey, outline=(110, 110, 110), width=2)
    b = p.born or date(1980, 1, 1)
    lab, val = font("hei", 24), font("hei", 30)
    ty = y + mm(5)
    for key, v in (("姓名", p.name), ("性别", f"{p.sex}　　民族 汉"), ("出生", f"{b.year}年{b.month}月{b.day}日")):
        s.text(x + mm(4), ty, key, lab, fill=(90, 90, 90))
        s.text(x + mm(15), ty - 2, v, val)
        ty += mm(7)
    s.text(x + mm(4), ty, "住址", lab, fill=(90, 90, 90))
    addr = p.address.replace("吉林省", "")
    for k in range(0, len(addr), 12):
        s.text(x + mm(15), ty - 2, addr[k:k + 12], val)
        ty += mm(5)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(24), y + h - mm(9), p.id_number, font("sans", 32))
    s.draw.rectangle((x + w - mm(26), y + mm(6), x + w - mm(4), y + mm(34)), fill=(130, 130, 130))
    y2 = y + h + mm(6)
    s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(3), fill=grey, outline=(110, 110, 110), width=2)
    s.text(x + mm(26), y2 + mm(8), "中华人民共和国", font("hei", 34))
    s.text(x + mm(18), y2 + mm(19), "居民身份证", font("hei", 52), spacing=10)
    s.text(x + mm(6), y2 + h - mm(15), f"签发机关　白山市公安局{rng.choice(['浑江分局', '江源分局', '抚松县公安局'])}", lab)
    start = rng.randint(2012, 2021)
    s.text(x + mm(6), y2 + h - mm(8), f"有效期限　{start}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-"
           f"{'长期' if p.born and p.born.year < 1960 else str(start + 20) + '.05.16'}", lab)


def _identity(c: CaseCtx, rng: random.Random, *, respondent: bool) -> list[Sheet]:
    p = c.respondent if respondent else c.applicant
    if p.kind == "organisation":
        sheets = [_licence_copy(p, c, rng)]
        for g in (_guarantors(c) if respondent else []):
            s = Sheet()
            s.starts_document = True
            s.text(mm(20), mm(20), "保证人身份证复印件", font("hei", 40))
            _id_copy(s, g, mm(20), mm(40), rng)
            scrawl(s, mm(20), mm(170), f"此复印件仅供{COURT}执行使用", rng, role="kai", size=44, ink=INK)
            sheets.append(s)
        return sheets
    if respondent:
        return [_census(p, c, rng)]
    s = Sheet()
    _id_copy(s, p, mm(62), mm(40), rng)
    scrawl(s, mm(40), mm(175), "与原件一致", rng, role="kai", size=52, ink=INK)
    scrawl(s, mm(120), mm(178), p.name, rng, role="kai", size=52, ink=INK)
    return [s]


def _census(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """The missing trader's identity as the lawyer got it: a 常住人口信息 printout from the 派出所's window."""
    s = Sheet()
    s.centred(mm(24), "常住人口信息查询结果", font("sans_bold", 48))
    b = p.born or date(1980, 1, 1)
    rows = [["姓名", p.name, "性别", p.sex], ["民族", "汉族", "出生日期", f"{b:%Y-%m-%d}"], ["公民身份号码", p.id_number],
            ["户籍地址", p.address], ["服务处所", "无"], ["户籍状态", "正常"], ["所属派出所", c.extra["station"]]]
    frame(s, mm(22), mm(45), [mm(36), mm(52), mm(34), mm(44)], rows, heights=mm(13), labels=(0, 2), f=font("sans", 30))
    s.text(mm(22), mm(145), f"查询人：{c.agent}（律师调查令）　　打印时间：{c.filed_on - timedelta(days=12):%Y-%m-%d}", font("sans", 28))
    seal(s, s.width - mm(60), mm(150), c.extra["station"], rng, radius=mm(18), inner="户籍业务专用章")
    return s


def _licence_copy(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """营业执照（副本） copied, landscape on the upper page; under it the 法定代表人（负责人）身份证明书 typed."""
    s = Sheet()
    x0, y0, x1, y1 = mm(16), mm(18), s.width - mm(16), mm(160)
    brown = (120, 90, 50)
    s.box(x0, y0, x1, y1, width=6, outline=brown)
    s.centred(y0 + mm(9), "营 业 执 照", font("serif_bold", 84), spacing=20)
    s.centred(y0 + mm(27), "（副本）", font("serif", 32))
    s.text(x0 + mm(8), y0 + mm(38), f"统一社会信用代码　{p.id_number}", font("serif", 32))
    bank = "银行" in p.name
    kind = ("股份有限公司（非上市）" if bank else "有限责任公司（自然人投资或控股）")
    scope = ("吸收公众存款；发放短期、中期和长期贷款；办理国内结算" if bank else
             "人参种植、收购、初加工；人参制品生产、销售" if "人参" in p.name else "饮用天然矿泉水生产、销售")
    rows = [("名　　称", p.name), ("类　　型", kind), ("法定代表人", p.legal_rep), ("经营范围", scope),
            ("成立日期", f"{rng.randint(2006, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    ty = y0 + mm(50)
    for k, v in rows:
        s.text(x0 + mm(10), ty, k, font("serif", 32))
        s.text(x0 + mm(42), ty, v[:30], font("serif", 32))
        ty += mm(11)
    seal(s, x1 - mm(45), y1 - mm(25), "白山市市场监督管理局" if bank else "白山市浑江区市场监督管理局", rng, radius=mm(17))
    y = y1 + mm(14)
    s.centred(y, "法定代表人身份证明书", font("song_gb", 50), spacing=6)
    f = font("song_gb", 38)
    flow = Flow([s], y + mm(16), left=mm(24), right=mm(22))
    flow.para(f"{p.legal_rep}在我{'行' if bank else '公司'}任{'董事长' if bank else '执行董事'}职务，系我{'行' if bank else '公司'}"
              "法定代表人。特此证明。", f, lead=66, indent=76)
    flow.s.right(flow.s.width - mm(30), flow.y + 60, f"{c.filed_on.year}年{c.filed_on.month}月", f)
    seal(flow.s, flow.s.width - mm(55), flow.y + 50, p.name, rng, radius=mm(19))
    return s


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """吉林省非税收入一般缴款书, printed brown-red, the bank's till stamp over its lower right."""
    s = Sheet()
    ink = (150, 60, 40)
    f = font("song_gb", 30)
    s.centred(mm(20), "吉林省非税收入一般缴款书", font("song_gb", 52), fill=ink, spacing=6)
    s.centred(mm(32), "No " + str(rng.randint(10**9, 10**10 - 1)), font("sans", 30), fill=ink)
    s.text(mm(18), mm(40), f"执收单位编码：220602110　　填制日期：{c.filed_on:%Y年%m月%d日}", f, fill=ink)
    w = s.width - mm(36)
    fee: Decimal = c.extra["fee"]
    rows = [["缴款人", c.applicant.name, "收款人", "白山市浑江区财政局"], ["执收单位", COURT, "案号", c.number],
            ["项目编码", "103040105", "项目名称", "申请执行费"], ["金额（大写）", money_caps(fee)], ["金额（小写）", f"¥{fee:,.2f}"],
            ["备注", f"{c.extra['cause']}执行"]]
    frame(s, mm(18), mm(48), [mm(32), mm(56), mm(28), w - mm(116)], rows, heights=mm(14), labels=(0, 2), f=f, ink=ink)
    s.text(mm(18), mm(138), "第二联　收据联　（缴款人收执）", f, fill=ink)
    seal(s, s.width - mm(55), mm(130), "吉林白山浑江农村商业银行", rng, radius=mm(16), inner="收讫")
    return [s]


def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's forms, filled by hand."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - LEFT - RIGHT
    tale = c.extra["tale"]
    signer = a.legal_rep if a.kind == "organisation" else (c.agent if tale == "spring" else a.name)
    if code == "payment_account_confirmation":
        y = form_title(s, "执行案款收取确认书")
        rows = [("案号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户行", c.extra["in_bank"]),
                ("账号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "以上账户为本案执行款的唯一收款账户。因账户信息有误造成的损失，由申请执行人承担。"
    elif code == "service_address_confirmation":
        y = form_title(s, "送达地址确认书")
        who = c.extra["son"] if tale == "spring" else None
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address if who is None else who.address),
                ("收件人", c.agent), ("电话", c.agent_phone), ("是否同意电子送达", f"同意，手机{c.agent_phone}")]
        note = "受送达人提供的地址不准确或变更未告知，致使文书未能被实际接收的，文书退回之日视为送达之日。"
    elif code == "property_clue_form":
        y = form_title(s, "被执行人财产线索")
        if tale == "loan":
            clue = (f"{r.name}在{c.extra['r_bank']}的基本账户；保证人{_guarantors(c)[0].name}夫妇名下房产一处"
                    f"（{c.extra['flat']}）；公司烘干房、冷库内鲜参")
        elif tale == "ginseng":
            clue = "不清楚。原在红土崖镇租参园，有一台蓝色货车，据说已卖"
        else:
            clue = "该公司灌装车间、生产线；每月卖水的货款；在七道江农商行有账户"
        rows = [("案号", c.number), ("被执行人", r.name), ("证照号码", r.id_number), ("住所/住址", r.address),
                ("财产线索", clue), ("提供人", signer)]
        note = "申请执行人应如实提供财产线索，法院将在七日内核查。"
    else:
        y = form_title(s, "被执行人财产申报表")
        if tale == "ginseng":
            rows = [("案号", c.number), ("申报人", r.name), ("银行存款", "—"), ("不动产", "—"), ("车辆", "—"),
                    ("其他财产", "—"), ("执行人员说明", "被执行人下落不明，本表随报告财产令公告送达，公告期满未申报。")]
        elif tale == "loan":
            rows = [("案号", c.number), ("申报人", f"{r.name}（法定代表人{r.legal_rep}）"),
                    ("银行存款", f"{c.extra['r_bank']}基本户，余额约十余万元"),
                    ("不动产", f"无（厂房租用）；保证人{_guarantors(c)[0].name}住房一处"), ("车辆", "货车一台（已抵押）"),
                    ("其他财产", "库存干参、红参约一吨，待秋季鲜参上市后销售")]
        else:
            rows = [("案号", c.number), ("申报人", f"{r.name}（法定代表人{r.legal_rep}）"), ("银行存款", "约三万元"),
                    ("不动产", "灌装车间（集体土地上，无证）"), ("车辆", "送水车两台"), ("其他财产", "灌装线一条，冬季停产")]
        note = "申报人保证申报内容真实完整，如有虚假，愿承担法律责任。"
        signer = r.legal_rep if r.kind == "organisation" else ""
    boxes = frame(s, LEFT, y, [mm(42), w - mm(42)], [[k, ""] for k, _ in rows],
                  heights=[mm(26) if len(v) > 24 else mm(16) for _, v in rows])
    right = [b for b in boxes if b[0] > LEFT]
    for (_k, v), b in zip(rows, right, strict=True):
        gel(s, b[0] + mm(4), b[1] + mm(3.5), v, rng, size=40, per_line=23, lead=mm(8), ink=BALLPOINT)
    flow = Flow([s], boxes[-1][3] + 40)
    flow.para(note, font("song_gb", 32), lead=54, indent=64)
    y = flow.y + 60
    if signer:
        s.text(s.width - RIGHT - mm(105), y, "签名（盖章）：", label(36))
        scrawl(s, s.width - RIGHT - mm(45), y - 8, signer, rng, role="kai", size=52, ink=BALLPOINT)
    else:
        scrawl(s, s.width - RIGHT - mm(105), y - 8, f"执行员 {c.officer}", rng, role="wenkai", size=44, ink=BALLPOINT)
    gel(s, s.width - RIGHT - mm(70), y + 80, num_date(d), rng, size=40, ink=BALLPOINT)
    if a.kind == "organisation" and code in ("payment_account_confirmation", "service_address_confirmation",
                                              "property_clue_form"):
        seal(s, s.width - RIGHT - mm(35), y + 30, a.name, rng, radius=mm(18))
    if code == "property_declaration_form" and r.kind == "organisation":
        seal(s, s.width - RIGHT - mm(35), y + 30, r.name, rng, radius=mm(18))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 总对总 查控 printout: one sheet for each queried respondent, each its own document."""
    f = font("wenkai_mono", 28)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("中国邮政储蓄银行", "存款"), ("吉林银行", "存款"), ("吉林省农村信用社联合社", "存款"), ("交通银行", "存款"),
             ("支付宝", "网络资金"), ("财付通", "网络资金"), ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"),
             ("中国证券登记结算有限责任公司", "证券"), ("市场监管总局", "股权")]
    sheets: list[Sheet] = []
    for k, p in enumerate([c.respondent, *_guarantors(c)]):
        s = Sheet()
        s.starts_document = k > 0
        s.centred(mm(16), "执行查控系统  总对总查询反馈结果", font("microhei", 42))
        s.text(mm(16), mm(28), f"案号：{c.number}    承办人：{c.officer}    被查询人：{p.name}", f)
        s.text(mm(16), mm(34), f"证照号码：{p.id_number}    查询日期：{d:%Y-%m-%d}", f)
        rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈时间"]]
        for i, (unit, kind) in enumerate(units, 1):
            if c.extra["tale"] == "loan" and k == 0 and unit == "中国建设银行":
                res = f"冻结{(c.amount * Decimal('0.3')):,.2f}"
            elif c.extra["tale"] == "loan" and k == 1 and kind == "不动产":
                res = "房产1处（已查封）"
            elif c.extra["tale"] == "spring" and unit == "吉林省农村信用社联合社":
                res = f"余额{rng.randint(20000, 40000)}.{rng.randint(10, 99)}"
            elif kind == "存款":
                res = "未开户" if rng.random() < 0.5 else f"余额{rng.randint(0, 80)}.{rng.randint(10, 99)}"
            else:
                res = "无"
            rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 3)):%m-%d}"])
        frame(s, mm(16), mm(42), [mm(14), mm(66), mm(26), mm(48), mm(24)], rows, heights=mm(10.5), labels=(), f=f)
        s.text(mm(16), s.height - mm(18), f"打印：{c.clerk}  {d + timedelta(days=4):%Y-%m-%d %H:%M}".replace("00:00", "16:21"), f)
        sheets.append(s)
    return sheets


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP, "执行和解协议", font("song_gb", 70), spacing=16)
    flow = Flow([s], TOP + 150, left=mm(26), right=mm(24))
    f = font("song_gb", 41)
    pay = c.extra["pay_day"]
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    if c.extra["tale"] == "loan":
        parties = [f"甲方（申请执行人）：{a.name}", f"乙方（被执行人）：{r.name}",
                   f"丙方（被执行人、保证人）：{'、'.join(g.name for g in _guarantors(c))}"]
        terms = [f"一、乙方于本协议签订之日起三日内给付甲方{first:,.2f}元，由丙方以自有存款代为支付；",
                 f"二、乙方于{pay.year}年{pay.month}月{pay.day}日前以秋季鲜参销售款付清余款{c.amount - first:,.2f}元，甲方放弃"
                 "迟延履行期间加倍部分的债务利息；",
                 "三、款项全部到位后，甲方同意申请解除对丙方房产的查封及对各方账户的冻结；",
                 "四、任何一期未按期足额给付的，甲方可申请恢复执行原生效判决。"]
    else:
        parties = [f"甲方（申请执行人）：{a.name}（委托代理人{c.agent}）", f"乙方（被执行人）：{r.name}"]
        terms = [f"一、乙方于协议签订当日给付甲方{first:,.2f}元；",
                 f"二、乙方于{pay.year}年{pay.month}月{pay.day}日前给付余款{c.amount - first:,.2f}元，款项交至法院执行款账户；",
                 "三、乙方按期付清后本案执行完毕；逾期不付的，甲方可申请恢复执行原调解书。"]
    for t in parties:
        flow.para(printable("song_gb", t), f, lead=74, hang=f.size * 2)
    flow.para(f"各方就{c.number}案，在{COURT}执行人员主持下自愿达成如下和解协议：", f, lead=74, indent=82)
    for t in terms:
        flow.para(printable("song_gb", t), f, lead=74, indent=82)
    flow.para("本协议一式多份，各方各执一份，交法院附卷一份。", f, lead=74, indent=82)
    sh = flow.s
    y = flow.y + 60
    sh.text(mm(26), y, "甲方：", f)
    if a.kind == "organisation":
        seal(sh, mm(70), y + 30, a.name, rng, radius=mm(19))
    else:
        scrawl(sh, mm(46), y - 6, c.agent, rng, role="kai", size=52, ink=INK)
    sh.text(sh.width / 2, y, "乙方：", f)
    seal(sh, sh.width / 2 + mm(45), y + 30, r.name, rng, radius=mm(19))
    scrawl(sh, sh.width / 2 + mm(20), y - 6, r.legal_rep, rng, role="kai", size=50, ink=INK)
    if c.extra["tale"] == "loan":
        sh.text(mm(26), y + 150, "丙方：", f)
        scrawl(sh, mm(46), y + 144, "　".join(g.name for g in _guarantors(c)), rng, role="kai", size=50, ink=INK)
    sh.text(mm(26), y + 250, f"{d.year}年{d.month}月{d.day}日", f)
    gel(sh, mm(26), y + 340, f"已于{pay.month}月{pay.day}日全部履行。{c.officer}", rng, size=40)
    return [sh]


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's 执行款发放凭证 (a ruled slip the payee signs) over the bank's transfer slip."""
    s = Sheet()
    paid = c.extra["pay_day"] + timedelta(days=4)
    y = form_title(s, "执行案款发放凭证", size=54)
    w = s.width - LEFT - RIGHT
    payee = c.applicant.name + (f"（代领人：{c.agent}）" if c.extra["tale"] == "spring" else "")
    rows = [["案号", c.number], ["收款人", payee], ["开户行", c.extra["in_bank"]], ["账号", c.extra["in_acct"]],
            ["发放金额", f"{money(c.amount)}"], ["发放日期", num_date(paid)], ["领款人签字", ""]]
    boxes = frame(s, LEFT, y, [mm(34), w - mm(34)], rows, heights=[mm(13)] * 4 + [mm(20), mm(13), mm(20)])
    scrawl(s, boxes[-1][0] + mm(10), boxes[-1][1] + mm(4), c.agent if c.extra["tale"] == "spring" else c.applicant.legal_rep,
           rng, role="kai", size=52, ink=INK)
    seal(s, s.width - RIGHT - mm(40), boxes[-3][1], COURT, rng, radius=mm(18))
    y = boxes[-1][3] + mm(18)
    for x in range(LEFT, s.width - RIGHT, 20):
        s.line(x, y, x + 9, y, width=1, fill=(150, 150, 150))
    y += mm(10)
    blue = (40, 60, 120)
    s.box(LEFT, y, s.width - RIGHT, y + mm(82), width=2, outline=blue)
    s.centred(y + mm(4), "吉林白山浑江农村商业银行　转账回单", font("sans_bold", 38), fill=blue)
    bf = font("sans", 28)
    for k, t in enumerate([f"付款人：{COURT}执行款专户", f"收款人：{c.applicant.name}　账号：{c.extra['in_acct']}",
                           f"金额：¥{c.amount:,.2f}　大写：{money_caps(c.amount)}", f"用途：{c.number}执行款",
                           f"交易日期：{paid:%Y-%m-%d}　流水号：{paid:%Y%m%d}{rng.randint(10**7, 10**8 - 1)}"]):
        s.text(LEFT + mm(6), y + mm(16) + k * mm(11), t, bf, fill=blue)
    seal(s, s.width - RIGHT - mm(35), y + mm(58), "吉林白山浑江农村商业银行", rng, radius=mm(15), inner="业务专用章")
    return [s]
