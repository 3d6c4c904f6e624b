"""What 兰山法院执行局 receives, each in its maker's hand — and nearly all of it sent in by the parties as phone
photos through a scanner app: the civil division's 民事判决书 (Noto serif, the title spread wide, "第n页，共m页" at the
foot) and its 生效证明书; the law firms' papers in 文楷 under a red letterhead (applications with a sans title, the firm's
letter, the power of attorney as a half-printed form); copies of ID cards (both faces on one sheet, "仅供…使用"
written across them), business licences and the 律师执业证; the 山东省非税收入 e-receipt; the window's printed forms
filled by ballpoint; the parties' own typed settlement."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.families.court_hp_kit import BALLPOINT, COURT, Pen, ballpoint, check_code, folio, ruled
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "resumption_application", "enforcement_basis", "effectiveness_certificate",
    "property_clue_form", "fee_receipt", "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license",
    "payment_account_confirmation", "service_address_confirmation", "property_declaration_form", "settlement_agreement",
})
FIRM_RED = (190, 28, 32)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_hp import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
    if code in ("enforcement_application", "resumption_application"):
        return _application(code, c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _business_licence(p, rng) if p.kind == "organisation" else _id_card(p, c, rng)
    if code == "fee_receipt":
        return _e_receipt(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    return _window_form(code, c, rng, d)


def wen(size: int = 42) -> Font:
    return font("wenkai", size)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地：{p.address}。法定代表人：{p.legal_rep}。统一社会信用代码：{p.id_number}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，身份证号{p.id_number}。"


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = c.extra["tale"]
    heard = c.basis_effective - timedelta(days=rng.randint(45, 70))
    price = c.amount
    if t == "freight":
        story = (f"原告自2021年起为被告承运发往华东、华南各地的日用百货，双方按月对账结算运费。截至2022年6月，经对账，"
                 f"被告确认尚欠运费{price:,.2f}元，经原告多次催要未付。")
        held = "原、被告之间的运输合同关系合法有效，原告已完成运输义务，被告应按约支付运费。"
        law = "《中华人民共和国民法典》第八百零九条、第八百一十三条"
    elif t == "stall":
        story = (f"原告在{c.extra['stall']}经营摊位，被告自2022年起陆续从原告处采购{c.extra['goods']}，"
                 f"双方口头约定货到后两个月内付款。经结算，被告尚欠货款{price:,.2f}元，由其业务员出具对账单确认。")
        held = "原、被告之间的买卖合同关系成立并有效，被告收货后未按约付款，应当承担继续履行的违约责任。"
        law = "《中华人民共和国民法典》第五百零九条、第五百七十七条、第六百二十六条"
    else:
        story = (f"原告与被告于2022年签订《板材购销合同》，约定原告向被告供应{c.extra['goods']}，被告于每批货到后"
                 f"三十日内付款。原告依约供货，被告陆续付款后尚欠{price:,.2f}元未付。")
        held = "双方签订的购销合同系真实意思表示，合法有效。原告已履行供货义务，被告未足额付款，构成违约。"
        law = "《中华人民共和国民法典》第五百零九条、第五百七十七条、第五百九十五条"
    paras = [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用"
              f"简易程序，于{cn_date(heard)}公开开庭进行了审理。原告委托诉讼代理人{c.agent}到庭参加诉讼，被告经本院传票传唤"
              "无正当理由拒不到庭参加诉讼，本院依法缺席审理。本案现已审理终结。"),
        ("p", f"原告{a.name}向本院提出诉讼请求：1.判令被告支付{'运费' if t == 'freight' else '货款'}{price:,.2f}元及利息；"
              f"2.诉讼费用由被告承担。事实与理由：{story}"),
        ("p", "被告未作答辩，亦未提交证据。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", f"本院认为，{held}被告经合法传唤无正当理由拒不到庭，视为放弃抗辩的权利。依照{law}、"
              "《中华人民共和国民事诉讼法》第一百四十七条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}{'运费' if t == 'freight' else '货款'}{price:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十条之规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(price) // 100 + 50}元，减半收取{(int(price) // 100 + 50) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于山东省"
              "临沂市中级人民法院。"),
    ]
    s = Sheet()
    s.centred(mm(30), COURT, font("serif", 50), spacing=6)
    s.centred(mm(30) + 86, "民事判决书", font("serif_bold", 82), spacing=50)
    pen = Pen([s], mm(30) + 220, left=mm(30), right=mm(26), top=mm(28), foot=mm(32))
    pen.flush(c.basis_number, font("serif", 40), lead=92, at_right=True)
    f = font("serif", 40)
    for kind, text in paras:
        pen.para(text, f, lead=68, first=0 if kind == "h" else f.size * 2, hang=f.size * 2 if kind == "h" else 0)
    pen.room(440)
    last, y = pen.s, pen.y + 70
    x = last.width - mm(96)
    judge = c.extra.setdefault("civil_judge", person_name(rng))
    last.text(x, y, f"审判员　　{judge}", f)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(16, 24)))
    last.text(x, y + 110, when, f)
    seal(last, x + text_width(when, f) / 2, y + 120, COURT, rng, radius=mm(20))
    last.text(x, y + 200, f"书记员　　{person_name(rng)}", f)
    return folio(pen.sheets, font("serif", 30), pattern="第{i}页，共{n}页", bottom=mm(16))


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(40), COURT, font("serif", 50), spacing=6)
    s.centred(mm(40) + 90, "生效证明书", font("serif_bold", 76), spacing=40)
    f = font("serif", 42)
    pen = Pen([s], mm(40) + 260, left=mm(30), right=mm(28))
    pen.para(f"{c.applicant.name}：", f, lead=76)
    pen.para(f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，本院作出的{c.basis_number}"
             f"民事判决书，已于{cn_date(c.basis_effective)}发生法律效力。", f, lead=76, first=84)
    pen.para("特此证明。", f, lead=76, first=84)
    y = pen.y + 120
    x = s.width - mm(110)
    s.text(x, y, "民事审判第三庭", f)
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(3, 20)))
    s.text(x, y + 80, when, f)
    seal(s, x + mm(28), y + 60, COURT, rng, radius=mm(20))
    s.text(mm(30), s.height - mm(40), "（本证明书仅证明判决生效，不作其他用途）", font("serif", 32))
    return [s]


def _letterhead(s: Sheet, firm: str, c: CaseCtx) -> float:
    s.centred(mm(18), firm, font("serif_bold", 66), spacing=14, fill=FIRM_RED)
    s.centred(mm(18) + 84, "SHANDONG LAW FIRM · 地址：" + str(c.extra["firm_addr"]), font("sans", 26), fill=FIRM_RED)
    y = mm(18) + 128
    s.line(mm(20), y, s.width - mm(20), y, width=6, fill=FIRM_RED)
    s.line(mm(20), y + 12, s.width - mm(20), y + 12, width=2, fill=FIRM_RED)
    return y + 60


def _application(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The firm's typed application: a sans title, the body in 文楷, the applicant's seal or signature at the end; the
    resumption application carries the original undertaker's approval in pen under it."""
    a, r = c.applicant, c.respondent
    resume = code == "resumption_application"
    s = Sheet()
    s.centred(mm(30), "恢复执行申请书" if resume else "强制执行申请书", font("sans_bold", 68), spacing=14)
    f = wen(42)
    pen = Pen([s], mm(30) + 150, left=mm(28), right=mm(26), foot=mm(34))
    pen.para(f"申请执行人：{_who(a)}", f, lead=72, hang=84)
    pen.para(f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。", f, lead=72, hang=84)
    pen.para(f"被执行人：{_who(r)}", f, lead=72, hang=84)
    pen.y += 12
    pen.para("申请事项：", font("sans_bold", 42), lead=72)
    if resume:
        asks = [f"1.恢复{c.previous_number}案件的执行；",
                f"2.查封、拍卖被执行人名下位于{c.extra['warehouse']}的仓库，以所得价款清偿申请执行人的债权{c.amount:,.2f}元"
                "及迟延履行期间的债务利息；", "3.执行费用由被执行人负担。"]
    else:
        asks = [f"1.强制被执行人支付{'货款' if c.extra['tale'] != 'freight' else '运费'}{c.amount:,.2f}元及迟延履行期间的债务利息；",
                "2.对被执行人采取限制消费措施，并将其纳入失信被执行人名单；", "3.执行费用由被执行人负担。"]
    for ask in asks:
        pen.para(ask, f, lead=72, first=84)
    pen.para("事实与理由：", font("sans_bold", 42), lead=72)
    if resume:
        why = (f"申请执行人与被执行人运输合同纠纷一案，贵院作出的{c.basis_number}民事判决书已发生法律效力。因被执行人未履行，"
               f"申请执行人申请强制执行，贵院以{c.previous_number}立案后，因未发现可供执行的财产，裁定终结本次执行程序。"
               f"近日，申请执行人发现被执行人名下登记有位于{c.extra['warehouse']}的仓库一处（不动产权证号{c.extra['deed']}），"
               "现由他人租用存放货物。被执行人系一人有限责任公司，其股东的个人财产与公司财产混同。为此，依据《最高人民法院"
               "关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，特申请恢复执行。")
    else:
        why = (f"申请执行人与被执行人{c.extra['cause']}一案，贵院作出的{c.basis_number}民事判决书已于"
               f"{num_date(c.basis_effective)}发生法律效力。被执行人至今未履行判决确定的义务，申请执行人依据《中华人民共和国民事"
               "诉讼法》第二百四十七条的规定，特向贵院申请强制执行。")
    pen.para(why, f, lead=72, first=84)
    pen.para("此致", f, lead=72, first=84)
    pen.para(COURT, f, lead=72)
    pen.room(420)
    last = pen.s
    y = pen.y + 40
    x = last.width - mm(110)
    last.text(x, y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, x + mm(58), y + 20, a.name, rng, radius=mm(19))
    else:
        hand(last, x + mm(48), y - 6, a.name, rng, size=52, ink=(20, 20, 20))
    last.text(x, y + 100, num_date(d), f)
    if resume:
        yy = y + 190
        hand(last, mm(30), yy, "情况属实，有新的财产线索，拟同意恢复执行。", rng, size=44, ink=(30, 30, 30))
        hand(last, mm(60), yy + 70, f"原承办人：{c.extra['prev_officer']}　{num_date(d + timedelta(days=2))}", rng, size=42,
             ink=(30, 30, 30))
    return folio(pen.sheets, wen(30), pattern="- {i} -")


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = _letterhead(s, c.firm, c)
    s.right(s.width - mm(26), y, f"（2024）{c.firm[2:4]}律执字第{rng.randint(10, 199)}号", wen(36))
    s.centred(y + 80, "律 师 事 务 所 函", font("sans_bold", 64), spacing=10)
    f = wen(42)
    pen = Pen([s], y + 200, left=mm(28), right=mm(26))
    pen.para(f"{COURT}执行局：", f, lead=74)
    pen.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师作为其与{c.respondent.name}{c.extra['cause']}执行一案"
             f"{'（恢复执行）' if c.category == 'resumption' else ''}的委托代理人，代理权限为特别授权。", f, lead=74, first=84)
    pen.para("特此函告。", f, lead=74, first=84)
    pen.para(f"附：授权委托书一份、律师执业证复印件一份。律师联系电话：{c.agent_phone}", wen(36), lead=64, first=84)
    x = s.width - mm(100)
    s.text(x, pen.y + 100, c.firm, f)
    s.text(x + mm(10), pen.y + 180, num_date(d), f)
    seal(s, x + mm(38), pen.y + 140, c.firm, rng, radius=mm(20))
    return [s]


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """A half-printed 授权委托书 from the firm's stock: printed lines, the particulars filled in by hand."""
    s = Sheet()
    s.centred(mm(30), "授 权 委 托 书", font("sans_bold", 70), spacing=10)
    f = wen(40)
    y = mm(30) + 170
    a = c.applicant
    lines = [("委托人：", a.name), ("住所地/住址：", a.address), ("法定代表人/负责人：", a.legal_rep or "—"),
             ("受托人：", f"{c.agent}　{c.firm}律师"), ("联系电话：", c.agent_phone)]
    for lab, val in lines:
        s.text(mm(28), y, lab, f)
        x = mm(28) + text_width(lab, f)
        s.line(x, y + 52, s.width - mm(26), y + 52, width=1)
        hand(s, x + mm(4), y - 8, val, rng, size=40, ink=BALLPOINT)
        y += 86
    y += 20
    pen = Pen([s], y, left=mm(28), right=mm(26))
    pen.para(f"现委托上列受托人在委托人与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。", f, lead=70,
             first=80)
    pen.para("代理权限：特别授权，包括代为申请执行、恢复执行，提供财产线索，申请追加被执行人，代为参加听证，代为和解，"
             "代为签收法律文书，代为领取执行款。", f, lead=70, first=80)
    pen.para("代理期限：自签订之日起至本案执行终结时止。", f, lead=70, first=80)
    y2 = pen.y + 100
    s.text(mm(110), y2, "委托人（签章）：", f)
    if a.kind == "organisation":
        seal(s, mm(165), y2 + 10, a.name, rng, radius=mm(19))
        hand(s, mm(150), y2 + 80, a.legal_rep, rng, size=50, ink=(20, 20, 20))
    else:
        hand(s, mm(160), y2 - 8, a.name, rng, size=52, ink=(20, 20, 20))
    s.text(mm(110), y2 + 170, "　　　年　　月　　日", f)
    hand(s, mm(110), y2 + 160, f"{d.year}　　{d.month}　　{d.day}", rng, size=40, ink=BALLPOINT)
    return [s]


def _card(s: Sheet, x: float, y: float, w: float, h: float, fill: tuple[int, int, int]) -> None:
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), fill=fill, outline=(120, 120, 120), width=2)


def _id_card(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card photocopied on one sheet, the owner's note of use written across."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2
    y1, y2 = mm(40), mm(40) + h + mm(22)
    _card(s, x, y1, w, h, (236, 238, 240))
    f = font("hei", 28)
    born = p.born or date(1980, 1, 1)
    rows = [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日"),
            ("住址", p.address[:13]), ("", p.address[13:])]
    yy = y1 + mm(5)
    for lab, val in rows:
        if lab:
            s.text(x + mm(4), yy, lab, font("hei", 24), fill=(60, 80, 120))
        s.text(x + mm(14), yy, val, f)
        yy += mm(7.2)
    s.text(x + mm(4), y1 + h - mm(9), "公民身份号码", font("hei", 24), fill=(60, 80, 120))
    s.text(x + mm(26), y1 + h - mm(10), p.id_number, font("sans_bold", 34), spacing=3)
    s.draw.rectangle((x + w - mm(26), y1 + mm(8), x + w - mm(4), y1 + mm(36)), fill=(170, 172, 176))
    _card(s, x, y2, w, h, (236, 238, 240))
    s.centred(y2 + mm(8), "中华人民共和国", font("serif_bold", 44), x0=x + mm(16), x1=x + w)
    s.centred(y2 + mm(19), "居 民 身 份 证", font("serif_bold", 50), x0=x + mm(16), x1=x + w)
    s.draw.ellipse((x + mm(4), y2 + mm(5), x + mm(18), y2 + mm(19)), outline=(180, 60, 60), width=4)
    s.text(x + mm(8), y2 + h - mm(16), f"签发机关　临沂市公安局{rng.choice(['兰山分局', '罗庄分局', '河东分局'])}", font("hei", 26))
    start = date(rng.randint(2014, 2021), rng.randint(1, 12), rng.randint(1, 28))
    s.text(x + mm(8), y2 + h - mm(9), f"有效期限　{start:%Y.%m.%d}-{start.replace(year=start.year + 20):%Y.%m.%d}",
           font("hei", 26))
    hand(s, mm(30), y2 + h + mm(16), "此复印件仅供兰山区人民法院执行案件使用，他用无效。", rng, size=46, ink=(20, 20, 20))
    hand(s, x + mm(40), y2 + h + mm(32), f"{p.name}　{num_date(c.filed_on - timedelta(days=3))}", rng, size=46,
         ink=(20, 20, 20))
    return [s]


def _business_licence(p: Party, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x0, y0, x1, y1 = mm(16), mm(24), s.width - mm(16), s.height - mm(60)
    for k, wdt in enumerate((10, 3)):
        s.draw.rectangle((x0 + k * 18, y0 + k * 18, x1 - k * 18, y1 - k * 18), outline=(150, 110, 60), width=wdt)
    s.draw.ellipse((s.width / 2 - mm(11), y0 + mm(10), s.width / 2 + mm(11), y0 + mm(32)), outline=RED, width=6)
    s.centred(y0 + mm(38), "营 业 执 照", font("serif_bold", 100), spacing=20)
    s.centred(y0 + mm(62), "（副　本）", font("serif", 44))
    s.text(x0 + mm(12), y0 + mm(76), f"统一社会信用代码　{p.id_number}", font("hei", 34))
    check_code(s, x1 - mm(44), y0 + mm(68), mm(26), rng)
    f = font("serif", 36)
    lf = font("hei", 34)
    yy = y0 + mm(102)
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人独资）"), ("法定代表人", p.legal_rep),
            ("经营范围", "一般项目：日用百货、五金产品、建筑材料、针纺织品销售；普通货物仓储服务（不含危险化学品）。"),
            ("注册资本", f"{rng.choice(['壹佰', '伍拾', '叁佰'])}万元整"),
            ("成立日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    for lab, val in rows:
        s.text(x0 + mm(14), yy, lab, lf)
        parts = wrap(val, f, x1 - x0 - mm(70))
        for part in parts:
            s.text(x0 + mm(52), yy, part, f)
            yy += mm(8)
        yy += mm(3)
    s.text(x1 - mm(92), y1 - mm(44), "登记机关", lf)
    s.text(x1 - mm(92), y1 - mm(30), f"{rng.randint(2019, 2023)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    seal(s, x1 - mm(52), y1 - mm(40), "临沂市兰山区市场监督管理局", rng, radius=mm(20))
    hand(s, mm(30), y1 + mm(12), "与原件一致", rng, size=60, ink=(20, 20, 20))
    seal(s, mm(120), y1 + mm(22), p.name, rng, radius=mm(19))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's two inner pages photocopied side by side (landscape in the middle of the sheet)."""
    s = Sheet()
    w, h = mm(80), mm(112)
    y = mm(50)
    xl = s.width / 2 - w - mm(2)
    xr = s.width / 2 + mm(2)
    for x in (xl, xr):
        s.draw.rectangle((x, y, x + w, y + h), outline=(90, 90, 90), width=3, fill=(244, 244, 240))
    s.draw.rectangle((xl + mm(24), y + mm(10), xl + mm(56), y + mm(52)), fill=(180, 180, 184))
    seal(s, xl + mm(52), y + mm(60), "山东省司法厅", rng, radius=mm(14))
    s.centred(y + mm(72), "律 师 执 业 证", font("serif_bold", 40), x0=xl, x1=xl + w)
    s.text(xl + mm(6), y + mm(86), "发证机关：山东省司法厅", font("serif", 28))
    s.text(xl + mm(6), y + mm(95), f"发证日期：{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
           font("serif", 28))
    f = font("serif", 30)
    rows = [("持证人", c.agent), ("性　别", rng.choice("男女")), ("执业机构", c.firm), ("执业证类别", "专职"),
            ("执业证号", str(c.extra["licence"])), ("法律职业资格证号", f"A{rng.randint(2008, 2018)}3713{rng.randint(10**6, 10**7 - 1)}")]
    yy = y + mm(8)
    for lab, val in rows:
        s.text(xr + mm(5), yy, lab, font("hei", 28))
        yy += mm(6)
        for part in wrap(val, f, w - mm(12)):
            s.text(xr + mm(8), yy, part, f)
            yy += mm(6.5)
        yy += mm(2)
    s.text(xr + mm(5), y + h - mm(14), f"{rng.randint(2023, 2024)}年度考核：称职", font("hei", 26))
    hand(s, mm(40), y + h + mm(20), f"与原件核对一致　{c.agent}", rng, size=48, ink=(20, 20, 20))
    return [s]


def _e_receipt(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """山东省非税收入 e-receipt as printed from the payer's phone: a boxed bill in the upper half, brownish red rules."""
    s = Sheet()
    ink = (150, 60, 40)
    x0, x1 = mm(14), s.width - mm(14)
    y0 = mm(20)
    s.centred(y0, "山东省非税收入统一票据（电子）", font("serif_bold", 54), fill=ink)
    check_code(s, x0 + mm(2), y0 - mm(4), mm(22), rng)
    seal(s, s.width / 2, y0 + mm(22), "山东省财政厅票据监制章", rng, radius=mm(13))
    f = font("sans", 28)
    s.text(x0 + mm(28), y0 + mm(20), f"票据代码：3701{rng.randint(1000, 9999)}", f, fill=ink)
    s.text(x1 - mm(80), y0 + mm(12), f"票据号码：{rng.randint(10**9, 10**10 - 1)}", f, fill=ink)
    s.text(x1 - mm(80), y0 + mm(20), f"开票日期：{d.isoformat()}", f, fill=ink)
    s.text(x0, y0 + mm(34), f"交款人：{c.applicant.name}　　交款人统一社会信用代码：{c.applicant.id_number}", f)
    w = x1 - x0
    fee = c.extra["fee"]
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"],
            ["103040101", "申请执行费", "元", "1", "", f"{fee:.2f}"], ["", "", "", "", "", ""], ["", "", "", "", "", ""],
            ["金额合计（大写）", f"{money_caps(Decimal(fee))}　　　（小写）¥{fee:.2f}"],
            ["备注", f"案号：{c.number}　执行收费"]]
    ruled(s, x0, y0 + mm(42), [mm(34), mm(52), mm(16), mm(16), mm(24), w - mm(142)],
          rows, f,
          heights=mm(10), labels=(), frame=3, centre=False)
    yb = y0 + mm(110)
    s.text(x0, yb, f"收款单位（章）：{COURT}　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f, fill=ink)
    seal(s, x0 + mm(74), yb - mm(4), "临沂市兰山区人民法院财务专用章", rng, radius=mm(15))
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    first = c.extra["first_part"]
    rest = c.amount - first
    s = Sheet()
    s.centred(mm(28), "执行和解协议", font("sans_bold", 64), spacing=16)
    f = font("sans", 38)
    pen = Pen([s], mm(28) + 140, left=mm(26), right=mm(24))
    pen.para(f"甲方（申请执行人）：{a.name}", f, lead=64)
    pen.para(f"乙方（被执行人）：{r.name}", f, lead=64)
    pen.para(f"甲乙双方{c.extra['cause']}一案，{COURT}{c.basis_number}民事判决书已发生法律效力，现在{c.number}执行过程中。"
             "经双方平等协商，自愿达成如下和解协议：", f, lead=64, first=76)
    for k, t in enumerate([
        f"乙方应付甲方货款{c.amount:,.2f}元，甲方同意免除乙方迟延履行期间的债务利息。",
        f"乙方于{num_date(d + timedelta(days=3))}前支付{first:,.2f}元，于{num_date(d + timedelta(days=25))}前支付剩余"
        f"{rest:,.2f}元，均汇入{COURT}执行款专户。",
        "乙方按期足额付清上述款项后，本案执行完毕；乙方任何一期逾期未付，甲方有权申请恢复执行原生效法律文书。",
        "本协议一式三份，甲乙双方各执一份，交法院一份，自双方签字盖章之日起生效。"], 1):
        pen.para(f"{'一二三四'[k - 1]}、{t}", f, lead=64, first=76)
    y = pen.y + 90
    s.text(mm(26), y, "甲方（签章）：", f)
    s.text(s.width / 2 + mm(8), y, "乙方（签章）：", f)
    if a.kind == "organisation":
        seal(s, mm(80), y + 30, a.name, rng, radius=mm(18))
    hand(s, mm(40), y + 110, c.agent, rng, size=48, ink=(20, 20, 20))
    seal(s, s.width / 2 + mm(60), y + 30, r.name, rng, radius=mm(18))
    hand(s, s.width / 2 + mm(24), y + 110, r.legal_rep, rng, size=48, ink=(20, 20, 20))
    s.text(mm(26), y + 220, num_date(d), f)
    s.text(s.width / 2 + mm(8), y + 220, num_date(d), f)
    return [s]


TITLES = {"property_clue_form": "被执行人财产线索表", "payment_account_confirmation": "申请执行人收取案款确认书",
          "service_address_confirmation": "送达地址确认书", "property_declaration_form": "财 产 申 报 表"}


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The court's printed forms, downloaded by the party, filled in ballpoint and photographed back."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(22), COURT, font("serif", 40), spacing=4)
    s.centred(mm(22) + 64, TITLES[code], font("hei", 62), spacing=8)
    s.text(mm(22), mm(22) + 150, f"案号：{c.number}", font("serif", 32))
    y = mm(22) + 200
    w = s.width - mm(44)
    f = font("serif", 32)
    signer = a
    if code == "property_clue_form":
        rows = [["被执行人", r.name], ["财产类型", "财产线索（位置、账号、权属等）"],
                ["不动产", ""], ["银行账户", ""], ["车辆", ""], ["其他（应收款、股权等）", ""], ["提供人承诺", ""]]
        hs = [mm(16), mm(14), mm(34), mm(30), mm(22), mm(30), mm(30)]
        fills = {2: c.extra.get("warehouse", "不详"), 3: rng.choice(["临商银行基本户（账号不详）", "公司对公账户，开户行不详"]),
                 4: "不详", 5: ("货款收在股东个人微信、银行卡上" if c.extra["tale"] == "freight" else "小商品城摊位（已转租）"),
                 6: "以上线索属实。"}
    elif code == "payment_account_confirmation":
        rows = [["申请执行人", a.name], ["收款户名", ""], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""],
                ["确认事项", "本人（单位）确认以上账户为接收本案执行款的唯一账户。账户信息错误造成的损失由本人（单位）自负。"]]
        hs = [mm(16), mm(18), mm(18), mm(18), mm(16), mm(34)]
        fills = {1: a.name, 2: str(c.extra["in_bank"]), 3: str(c.extra["in_acct"]), 4: a.phone}
    elif code == "service_address_confirmation":
        rows = [["受送达人", a.name], ["送达地址", ""], ["收件人", ""], ["联系电话", ""], ["电子送达", ""],
                ["告知事项", "确认的送达地址适用于执行程序；地址变更应及时书面告知法院，未告知的，按原地址送达即视为送达。"]]
        hs = [mm(16), mm(24), mm(16), mm(16), mm(18), mm(34)]
        fills = {1: a.address, 2: c.agent, 3: c.agent_phone, 4: "同意，手机号码同上"}
    else:
        signer = r
        rows = [["申报人", r.name], ["银行存款", ""], ["不动产", ""], ["车辆", ""], ["应收账款", ""],
                ["其他财产", ""], ["申报人承诺", "以上申报真实、完整，如有虚假，愿承担法律责任。"]]
        hs = [mm(16), mm(26), mm(28), mm(18), mm(24), mm(20), mm(26)]
        land = f"{c.extra['warehouse']}一处" if c.extra["tale"] == "freight" else "无"
        fills = {1: f"基本户余额约{rng.randint(200, 3000)}元", 2: land, 3: "无",
                 4: "有，客户欠款难以收回" if c.extra["tale"] != "trade" else "对外应收约二十万元", 5: "无"}
    boxes = ruled(s, mm(22), y, [mm(46), w - mm(46)], rows, f, heights=hs)
    right = [b for b in boxes if b[0] > mm(22)]
    for k, val in fills.items():
        b = right[k]
        ballpoint(s, b[0] + mm(4), b[1] + mm(3), val, rng, size=38, per_line=int((b[2] - b[0] - mm(8)) / 40), lead=mm(6.5))
    yb = boxes[-1][3] + mm(14)
    s.text(mm(22), yb, "填表人（签名/盖章）：", font("serif", 36))
    name = signer.legal_rep if signer.kind == "organisation" else signer.name
    hand(s, mm(90), yb - 10, name, rng, size=52, ink=(20, 20, 20))
    if signer.kind == "organisation" and rng.random() < 0.7:
        seal(s, mm(120), yb + 10, signer.name, rng, radius=mm(18))
    s.text(mm(22), yb + 90, "日期：", font("serif", 36))
    hand(s, mm(48), yb + 80, num_date(d), rng, size=42, ink=BALLPOINT)
    s.text(mm(22), s.height - mm(20), "（本表可在山东法院电子诉讼服务网下载，填写后提交承办人）", font("serif", 26), fill=INK)
    return [s]
