"""What 红塔法院执行局 receives, each in its maker's hand: 玉溪仲裁委员会's 裁决书 (bold 宋 title under the commission's
name, "- n -" folios) and its 生效证明; 澄江市人民法院's 民事判决书 and 生效证明书; this court's civil division's
民事调解书; the lawyers' applications and powers of attorney in the GB 宋 of a Word template (Arabic dates, 第n页（共m页）);
a 律师事务所函 under a red letterhead; the 执业证, ID card and licence copies; the window's hand-filled forms on their
printed grids; the 云南省非税收入 缴款书; the 查控 system's monospaced printout; a bank's 回单 and a grower's handwritten
收条."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_fd_kit import (
    INKPEN,
    LEFT,
    RIGHT,
    TOP,
    Page,
    folios,
    form_title,
    frame,
    mark_copy,
    pen,
    say,
    say_centred,
    say_right,
    song,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "玉溪仲裁委员会"
CJ = "云南省澄江市人民法院"
FIRM_RED = (200, 36, 40)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_fd import made_on

    d = made_on(c, code)
    tale = str(c.extra["tale"])
    if code == "enforcement_basis":
        return {"freight": _award, "fossil": _judgment, "flower": _mediation}[tale](c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence_card(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _business_licence(p, c, rng) if p.kind == "organisation" else _id_card(p, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng, d)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _window_form(code, c, rng, d)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _bank_slip(c, rng, d) if tale == "freight" else _iou_receipt(c, rng, d)
    raise KeyError(code)


def _who(p: Party, role: str) -> str:
    if p.kind == "organisation":
        return f"{role}：{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{role}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _flow(pg: Page, blocks: list[tuple[str, str]], f: Font, lead: float) -> None:
    """A sender's typed body: p indented paragraph, h hanging party line, f flush, k operative, c centred, r right."""
    for kind, text in blocks:
        if kind == "gap":
            pg.y += lead * 0.5
        elif kind == "h":
            pg.para(text, f, lead=lead, hang=f.size * 2, kind="party")
        elif kind == "f":
            pg.para(text, f, lead=lead)
        elif kind == "k":
            pg.para(text, f, lead=lead, first=f.size * 2, kind="key")
        elif kind == "c":
            pg.line(text, f, lead=lead, centred=True)
        elif kind == "r":
            pg.need(lead)
            say_right(pg.s, pg.s.width - RIGHT - mm(8), pg.y, text, f, kind="sign")
            pg.y += lead
        else:
            pg.para(text, f, lead=lead, first=f.size * 2)


def _heading(pg: Page, issuer: str, title: str, number: str, *, role: str, number_at: str = "right") -> None:
    s = pg.s
    say_centred(s, pg.y, issuer, font(role, 54), kind="court", spacing=3)
    pg.y += 92
    say_centred(s, pg.y, title, font(role, 76), kind="title", spacing=30 if len(title) <= 5 else 10)
    pg.y += 126
    if number_at == "right":
        say_right(s, s.width - RIGHT, pg.y, number, song(38), kind="number")
    else:
        say_centred(s, pg.y, number, song(38), kind="number")
    pg.y += 82


def _close(pg: Page, rng: random.Random, signers: list[str], when: str, seal_name: str, f: Font, lead: float,
           *, after: str = "") -> None:
    pg.need(lead * (len(signers) + 3) + 120)
    s = pg.s
    y = pg.y + 30
    for line in signers:
        say_right(s, s.width - RIGHT - mm(16), y, line, f, kind="sign")
        y += lead
    y += 20
    x = say_right(s, s.width - RIGHT - mm(10), y, when, f, kind="date")
    seal(s, x + text_width(when, f) / 2, y + 12, seal_name, rng, radius=mm(21))
    pg.y = y + lead + 30
    if after:
        pg.para(after, song(32), lead=52)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """玉溪仲裁委员会's award: the commission's name and 裁决书 in bold 宋, the number centred, "- n -" folios."""
    a, r = c.applicant, c.respondent
    pg = Page()
    _heading(pg, ARB, "裁决书", c.basis_number, role="serif_bold", number_at="centre")
    f = font("serif", 40)
    chief, arb2, arb3 = person_name(rng), person_name(rng), person_name(rng)
    heard = c.basis_effective - timedelta(days=rng.randint(20, 40))
    _flow(pg, [
        ("h", _who(a, "申请人")), ("h", f"委托代理人：{person_name(rng)}，该公司员工。"), ("h", _who(r, "被申请人")),
        ("p", f"{ARB}（以下简称本会）根据申请人与被申请人签订的《烟用材料运输合同》中的仲裁条款及申请人的仲裁申请，受理了"
              f"双方之间的运输合同纠纷案。本案适用《{ARB}仲裁规则》，由首席仲裁员{chief}、仲裁员{arb2}、{arb3}组成仲裁庭，于"
              f"{num_date(heard)}不公开开庭审理。本案现已审理终结。"),
        ("c", "一、案情"),
        ("p", f"申请人称：2022年3月起，申请人按被申请人的委托，将其生产的{c.extra['goods']}自研和工业园区运至玉溪卷烟厂及各配送"
              "仓库，双方按月对账结算。截至2023年2月，被申请人尚欠运费未付，经多次催收无果。"),
        ("p", "被申请人辩称：对运输事实及对账单无异议，因卷烟厂付款周期延长，资金周转困难，请求分期支付。"),
        ("c", "二、仲裁庭意见"),
        ("p", "仲裁庭认为，双方签订的运输合同合法有效。申请人已按约完成运输，被申请人确认了对账金额，应当支付运费。被申请人"
              "以资金困难为由迟延付款，理由不能成立。"),
        ("c", "三、裁决"),
        ("f", "根据《中华人民共和国民法典》第五百零九条、第八百一十三条的规定，裁决如下："),
        ("k", f"（一）被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付运费{money(c.amount)}；"),
        ("k", "（二）本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ], f, 74)
    _close(pg, rng, [f"首席仲裁员　{chief}", f"仲 裁 员　{arb2}", f"仲 裁 员　{arb3}"], cn_date(c.basis_effective), ARB,
           f, 74, after=f"本件与原本核对无异。　　书记员：{person_name(rng)}")
    return _dash(pg.sheets)


def _dash(sheets: list[Sheet]) -> list[Sheet]:
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        if n > 1:
            s.centred(s.height - mm(15), f"- {i} -", font("serif", 32))
        if i > 1:
            s.page_of = (i, n)
    return sheets


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """澄江市人民法院's judgment: court name and title in 黑体, number right, "第n页（共m页）" at the foot."""
    a, r = c.applicant, c.respondent
    pg = Page()
    _heading(pg, CJ, "民事判决书", c.basis_number, role="hei")
    f = font("serif", 40)
    judge = person_name(rng)
    filed = c.basis_effective - timedelta(days=rng.randint(70, 110))
    nights = c.extra["nights"]
    _flow(pg, [
        ("h", _who(a, "原告") + f"系{c.extra['inn']}经营者。"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", _who(r, "被告")),
        ("p", f"原告{a.name}与被告{r.name}服务合同纠纷一案，本院于{num_date(filed)}立案后，依法适用简易程序，公开开庭进行了审理。"
              "原告及其委托诉讼代理人到庭参加诉讼，被告经本院传票传唤无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：判令被告支付住宿、餐饮费{c.amount:,.2f}元。事实和理由：2022年4月至10月，被告组织中小学生"
              f"到澄江化石地世界自然遗产博物馆、帽天山开展研学活动，由原告经营的{c.extra['inn']}提供住宿和餐饮，共计{nights}间夜。"
              "双方约定每批次结束后结算，被告至今未付。"),
        ("p", "本院经审理认定事实如下：原告提交的《研学团队住宿协议》、入住登记表、结算单及微信聊天记录，能够相互印证，本院予以"
              "确认。"),
        ("p", "本院认为，原、被告之间的服务合同关系合法有效。原告已按约提供住宿、餐饮服务，被告应当支付相应费用。被告经传票传唤"
              "无正当理由拒不到庭，视为放弃抗辩权利。依照《中华人民共和国民法典》第五百七十七条、第五百七十九条，"
              "《中华人民共和国民事诉讼法》第一百四十七条的规定，判决如下："),
        ("k", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}住宿、餐饮费{money(c.amount)}。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 25}元，减半收取，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于云南省玉溪市中级人民法院。"),
    ], f, 74)
    _close(pg, rng, [f"审判员　{judge}"], cn_date(c.basis_effective - timedelta(days=rng.randint(20, 30))), CJ, f, 74,
           after=f"书记员　{person_name(rng)}")
    return folios(pg.sheets, style="nm")


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's civil division's 民事调解书: letter-spaced Noto 宋 heading, flush-right number, "- n -" folios."""
    a, r = c.applicant, c.respondent
    pg = Page()
    _heading(pg, c.court.name, "民事调解书", c.basis_number, role="serif")
    f = font("serif", 40)
    judge = person_name(rng)
    _flow(pg, [
        ("h", _who(a, "原告")), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", _who(r, "被告")),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于2023年立案后，依法适用简易程序进行了审理。"),
        ("p", f"原告诉称：原告在自家大棚种植鲜切玫瑰。2022年11月至2023年2月，被告先后从原告处收购玫瑰、康乃馨等鲜切花约"
              f"{c.extra['stems']:,}枝，运往昆明斗南花卉市场销售，约定每周结算一次，后被告以行情下跌为由拖欠货款。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("k", f"一、被告{r.name}于2023年12月31日前支付原告{a.name}货款{money(c.amount)}；"),
        ("k", "二、被告逾期未履行的，原告可就全部未付款项申请强制执行；"),
        ("k", "三、案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ], f, 74)
    _close(pg, rng, [f"审判员　{judge}"], cn_date(c.basis_effective - timedelta(days=2)), c.court.name, f, 74,
           after=f"书记员　{person_name(rng)}")
    return folios(pg.sheets)


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    pg = Page()
    f = font("serif", 42)
    if c.extra["tale"] == "freight":
        pg.line(ARB, font("serif_bold", 56), lead=100, centred=True, kind="court", spacing=6)
        pg.line("裁决书送达及生效证明", font("serif_bold", 64), lead=130, centred=True, kind="title")
        _flow(pg, [
            ("f", "云南省玉溪市红塔区人民法院："),
            ("p", f"申请人{a.name}与被申请人{r.name}运输合同纠纷一案，本会于{num_date(c.basis_effective)}作出{c.basis_number}"
                  f"裁决书。该裁决书已于{num_date(c.basis_effective + timedelta(days=3))}分别送达双方当事人。"),
            ("p", "依照《中华人民共和国仲裁法》第五十七条的规定，该裁决书自作出之日起发生法律效力。"),
            ("p", "特此证明。"),
        ], f, 80)
        _close(pg, rng, [], num_date(c.basis_effective + timedelta(days=rng.randint(12, 20))), ARB, f, 80)
        return pg.sheets
    pg.line(CJ, font("hei", 56), lead=100, centred=True, kind="court", spacing=4)
    pg.line("生效证明书", font("hei", 70), lead=130, centred=True, kind="title", spacing=30)
    pg.line(c.basis_number.replace("号", "号之一"), song(38), lead=90, right=True, kind="number")
    _flow(pg, [
        ("f", "云南省玉溪市红塔区人民法院："),
        ("p", f"本院审理的原告{a.name}与被告{r.name}服务合同纠纷一案，本院作出的{c.basis_number}民事判决书已于"
              f"{num_date(c.basis_effective - timedelta(days=15))}送达双方当事人，双方在法定期限内均未提起上诉，该判决书已于"
              f"{num_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。"),
    ], f, 80)
    _close(pg, rng, [], cn_date(c.basis_effective + timedelta(days=rng.randint(5, 12))), CJ, f, 80)
    return pg.sheets


def _sign_by(p: Party, c: CaseCtx) -> str:
    return p.legal_rep if p.kind == "organisation" else p.name


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The lawyer's 强制执行申请书 in the GB 宋 of a Word template: Arabic dates, 第n页（共m页）."""
    a, r = c.applicant, c.respondent
    pg = Page()
    f = font("song_gb", 42)
    pg.y = float(TOP + mm(6))
    pg.line("强制执行申请书", font("song_gb", 76), lead=150, centred=True, kind="title", spacing=14)
    tale = c.extra["tale"]
    kind = {"freight": "裁决书", "fossil": "民事判决书", "flower": "民事调解书"}[tale]
    _flow(pg, [
        ("h", _who(a, "申请人")), ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("h", _who(r, "被申请人")),
        ("f", "申请事项："),
        ("p", f"1. 请求依法强制执行{c.basis_court}{c.basis_number}{kind}，责令被申请人支付{money(c.amount)}；"),
        ("p", "2. 请求责令被申请人加倍支付迟延履行期间的债务利息；"),
        ("p", "3. 请求对被申请人采取限制高消费措施；被申请人拒不履行的，将其纳入失信被执行人名单；"),
        ("p", "4. 本案执行费用由被申请人负担。"),
        ("f", "事实与理由："),
        ("p", f"申请人与被申请人{c.extra['cause']}一案，{c.basis_court}作出的{c.basis_number}{kind}已经发生法律效力。被申请人至今"
              "未履行确定的给付义务。为维护申请人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请"
              "强制执行。"),
        ("f", "此致"),
        ("f", "云南省玉溪市红塔区人民法院"),
    ], f, 80)
    pg.need(300)
    s = pg.s
    y = pg.y + 40
    x = s.width - RIGHT - mm(92)
    say(s, x, y, "申请人（签章）：", f, kind="sign")
    if a.kind == "organisation":
        seal(s, x + mm(62), y + 10, a.name, rng, radius=mm(19))
    else:
        pen(s, x + mm(56), y - 6, a.name, rng, size=54, ink=INK)
    say(s, x + mm(20), y + 100, f"{d.year}年{d.month}月{d.day}日", f, kind="date")
    if c.extra["tale"] == "flower":  # the window clerk's reminder, never acted on
        pg.sheets[0].__dict__["fd_sticky"] = "缺收款账户确认书 退补"
    return folios(pg.sheets, style="nm")


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    pg = Page()
    f = font("song_gb", 42)
    pg.y = float(TOP + mm(10))
    pg.line("授权委托书", font("song_gb", 76), lead=150, centred=True, kind="title", spacing=26)
    _flow(pg, [
        ("h", f"委托人：{a.name}" + (f"，法定代表人{a.legal_rep}" if a.kind == "organisation" else f"，公民身份号码{a.id_number}")),
        ("h", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，电话{c.agent_phone}。"),
        ("p", f"现委托上列受托人在申请执行人{a.name}与被执行人{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。"),
        ("f", "代理权限：特别授权，包括代为申请执行，提供财产线索，申请查封、冻结、拍卖，代为参加谈话，代为达成、签署执行和解"
              "协议，代收法律文书，代为申请恢复执行。"),
        ("f", "委托期限：自签署之日起至本案执行终结时止。"),
    ], f, 82)
    pg.need(260)
    s = pg.s
    y = pg.y + 60
    x = s.width - RIGHT - mm(96)
    say(s, x, y, "委托人（签章）：", f, kind="sign")
    if a.kind == "organisation":
        seal(s, x + mm(66), y + 10, a.name, rng, radius=mm(19))
        pen(s, x + mm(48), y + 100, a.legal_rep, rng, size=50, ink=INK)
    else:
        pen(s, x + mm(58), y - 6, a.name, rng, size=54, ink=INK)
    say(s, x + mm(16), y + 180, f"{d.year}年{d.month}月{d.day}日", f, kind="date")
    return pg.sheets


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """A 律师事务所函 under the firm's red letterhead and double red rule."""
    s = Sheet()
    say_centred(s, mm(24), c.firm, font("serif_bold", 66), kind="court", spacing=6, fill=FIRM_RED)
    s.line(LEFT - mm(6), mm(44), s.width - RIGHT + mm(6), mm(44), width=7, fill=FIRM_RED)
    s.line(LEFT - mm(6), mm(46.5), s.width - RIGHT + mm(6), mm(46.5), width=2, fill=FIRM_RED)
    pg = Page()
    pg.sheets = [s]
    pg.y = float(mm(54))
    short = c.firm.removeprefix("云南").removesuffix("律师事务所")[:2]
    pg.line(f"（{d.year}）{short}律执字第{rng.randint(12, 96)}号", song(36), lead=80, right=True, kind="number")
    pg.line("律师事务所函", font("hei", 64), lead=120, centred=True, kind="title", spacing=20)
    f = font("song_gb", 42)
    _flow(pg, [
        ("f", "云南省玉溪市红塔区人民法院："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的委托代理人。"),
        ("p", "特此函告。"),
        ("f", f"附：授权委托书一份。　　律师联系电话：{c.agent_phone}"),
        ("f", f"本所地址：{c.extra['firm_addr']}"),
    ], f, 82)
    _close(pg, rng, [], f"{d.year}年{d.month}月{d.day}日", c.firm, f, 82)
    return pg.sheets


def _licence_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's two inner pages copied on one A4 side."""
    s = Sheet()
    grey = (70, 70, 70)
    x0, y0, w, h = mm(24), mm(42), mm(162), mm(110)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(232, 232, 228), outline=grey, width=3)
    s.line(x0 + w / 2, y0, x0 + w / 2, y0 + h, width=2, fill=(150, 150, 150))
    say_centred(s, y0 + mm(10), "律师执业证", font("serif_bold", 54), kind="title", x0=x0, x1=x0 + w / 2)
    s.draw.rectangle((x0 + mm(22), y0 + mm(32), x0 + mm(56), y0 + mm(78)), fill=(160, 160, 160))
    f = font("serif", 30)
    say(s, x0 + mm(8), y0 + mm(86), f"执业证号：{c.extra['licence']}", f)
    say(s, x0 + mm(8), y0 + mm(96), f"发证日期：{2012 + int(c.extra['licence'][7:9]) % 10}年7月1日", f)
    seal(s, x0 + mm(62), y0 + mm(74), "云南省司法厅", rng, radius=mm(15))
    rows = [("持证人", c.agent), ("性　别", "男" if rng.random() < 0.6 else "女"), ("执业机构", c.firm),
            ("执业证类别", "专职"), ("法律职业资格", f"A2011{rng.randint(10**8, 10**9 - 1)}"),
            ("年度考核", f"{c.filed_on.year - 1}年度　称职")]
    y = y0 + mm(10)
    for k, v in rows:
        say(s, x0 + w / 2 + mm(6), y, f"{k}：{v}", f)
        y += mm(15)
    say_centred(s, y0 + h + mm(14), "律师执业证（复印件）", font("serif", 36), kind="label")
    hand(s, x0 + mm(30), y0 + h + mm(34), "与原件核对一致", rng, size=46, ink=INKPEN)
    hand(s, x0 + mm(110), y0 + h + mm(34), c.agent, rng, size=50, ink=INKPEN)
    return [mark_copy(s)]


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    grey = (88, 88, 92)
    w, h = mm(120), mm(76)
    x = (s.width - w) / 2
    y1 = mm(36)
    s.draw.rounded_rectangle((x, y1, x + w, y1 + h), radius=mm(5), outline=grey, width=3, fill=(236, 238, 240))
    f = font("hei", 30)
    fv = font("hei", 34)
    born = p.born or date(1980, 1, 1)
    lab = [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")]
    ty = y1 + mm(7)
    for k, v in lab:
        say(s, x + mm(7), ty, k, f, fill=grey, kind="label")
        say(s, x + mm(22), ty, v, fv, kind="party")
        ty += mm(10)
    say(s, x + mm(7), ty, "住址", f, fill=grey, kind="label")
    addr = p.address
    for part in (addr[:13], addr[13:26], addr[26:]):
        if part:
            say(s, x + mm(22), ty, part, fv, kind="party")
            ty += mm(7)
    say(s, x + mm(7), y1 + h - mm(12), "公民身份号码", f, fill=grey, kind="label")
    say(s, x + mm(38), y1 + h - mm(12.5), p.id_number, font("mono", 40), kind="number")
    s.draw.rectangle((x + w - mm(36), y1 + mm(8), x + w - mm(8), y1 + mm(44)), fill=(176, 176, 180))
    y2 = y1 + h + mm(16)
    s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(5), outline=grey, width=3, fill=(236, 238, 240))
    say_centred(s, y2 + mm(12), "中华人民共和国", font("hei", 52), x0=x + mm(24), x1=x + w)
    say_centred(s, y2 + mm(28), "居民身份证", font("hei", 64), x0=x + mm(24), x1=x + w, spacing=16)
    s.draw.ellipse((x + mm(7), y2 + mm(8), x + mm(27), y2 + mm(28)), outline=(170, 70, 60), width=3)
    county = "澄江市" if p.id_number.startswith("530481") else "玉溪市红塔区"
    say(s, x + mm(7), y2 + h - mm(20), f"签发机关　{'澄江市公安局' if county == '澄江市' else '玉溪市公安局红塔分局'}", f)
    yr = rng.randint(2015, 2021)
    say(s, x + mm(7), y2 + h - mm(11), f"有效期限　{yr}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-{yr + 20}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}", f)
    hand(s, x + mm(4), y2 + h + mm(14), "本复印件仅供法院执行使用", rng, size=44, ink=INKPEN)
    hand(s, x + mm(72), y2 + h + mm(28), p.name, rng, size=54, ink=INKPEN)
    return [mark_copy(s)]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本） copy: a brown-red patterned border, the QR block, the registry seal; 法定代表人身份证明 below."""
    s = Sheet()
    red = (178, 72, 52)
    s.box(mm(16), mm(18), s.width - mm(16), mm(196), width=9, outline=red)
    s.box(mm(21), mm(23), s.width - mm(21), mm(191), width=2, outline=red)
    say_centred(s, mm(34), "营 业 执 照", font("serif_bold", 104), kind="title")
    say_centred(s, mm(56), "（副　本）", font("serif", 40))
    s.draw.rectangle((s.width - mm(58), mm(30), s.width - mm(30), mm(58)), outline=(40, 40, 40), width=3)
    for i in range(6):
        for j in range(6):
            if (i * 7 + j * 3 + len(p.name)) % 3:
                s.draw.rectangle((s.width - mm(56) + i * mm(4), mm(32) + j * mm(4), s.width - mm(53) + i * mm(4),
                                  mm(35) + j * mm(4)), fill=(30, 30, 30))
    f = font("serif", 36)
    say(s, mm(32), mm(66), f"统一社会信用代码　{p.id_number}", f, kind="number")
    y = mm(80)
    scope = {"货运": "普通货物道路运输；仓储服务；装卸搬运。", "烟用": "烟用滤棒、接装纸的生产和销售（凭许可经营）。",
             "研学": "研学旅行组织策划；旅游信息咨询；会议及展览服务。"}
    line = next((v for k, v in scope.items() if k in p.name), "商务信息咨询。")
    for k, v in [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                 ("经营范围", line), ("注册资本", f"{rng.choice([50, 100, 300, 500])}万元"),
                 ("成立日期", num_date(c.day(-rng.randint(1500, 4000)))), ("住　　所", p.address)]:
        say(s, mm(32), y, k, f, kind="label")
        text = v
        while text:
            say(s, mm(76), y, text[:24], f, kind="party")
            text = text[24:]
            y += mm(9)
        y += mm(3)
    say_right(s, s.width - mm(34), mm(160), "登记机关", f)
    say_right(s, s.width - mm(34), mm(172), cn_date(c.day(-rng.randint(200, 900))), f, kind="date")
    seal(s, s.width - mm(56), mm(166), "玉溪市红塔区市场监督管理局", rng, radius=mm(18))
    s.line(mm(16), mm(206), s.width - mm(16), mm(206), width=1, fill=(170, 170, 170))
    say_centred(s, mm(214), "法定代表人身份证明书", font("serif_bold", 50), kind="title")
    for n, t in enumerate([f"{p.legal_rep}在我单位任执行董事兼总经理职务，系我单位法定代表人。", "特此证明。"]):
        say(s, mm(32), mm(232) + n * mm(11), t, f)
    seal(s, s.width - mm(62), mm(262), p.name, rng, radius=mm(18))
    say_right(s, s.width - mm(34), mm(268), f"{c.filed_on.year}年{c.filed_on.month}月{max(1, c.filed_on.day - 2)}日", f,
              kind="date")
    return [mark_copy(s)]


def _fee_slip(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """云南省非税收入一般缴款书 (the payer's copy) in brown-red print, the bank's 收讫 stamp."""
    s = Sheet()
    ink = (150, 52, 40)
    say_centred(s, mm(22), "云南省非税收入一般缴款书（电子）", font("serif_bold", 52), kind="title", fill=ink)
    f = font("serif", 30)
    say(s, mm(20), mm(38), f"票据代码：53010123　　校验码：{rng.randint(100000, 999999)}", f, fill=ink)
    say_right(s, s.width - mm(20), mm(38), f"No {rng.randint(10**9, 10**10 - 1)}", font("mono", 36))
    say(s, mm(20), mm(46), f"执收单位编码：530402{rng.randint(100, 999)}　　填制日期：{d:%Y-%m-%d}", f, fill=ink)
    fee = c.extra["fee"]
    rows = [["缴款人", c.applicant.name, "收款人", "玉溪市红塔区财政局"],
            ["账号", "—", "账号", f"2{rng.randint(10**13, 10**14 - 1)}"], ["开户行", "—", "开户行", "富滇银行玉溪分行"],
            ["项目名称", "申请执行费", "金额", f"{fee:,.2f}"], ["备注", f"{c.number}", "执收单位", c.court.name],
            ["金额（大写）", money_caps(Decimal(fee))]]
    frame(s, mm(18), mm(56), [mm(30), mm(64), mm(28), s.width - mm(36) - mm(122)], rows, heights=mm(13), labels=(0, 2),
          f=font("serif", 32), lf=font("hei", 28))
    box = (s.width - mm(70), mm(140))
    s.draw.rounded_rectangle((box[0], box[1], box[0] + mm(44), box[1] + mm(20)), radius=8, outline=(40, 60, 160), width=4)
    s.text(box[0] + mm(4), box[1] + mm(2), "富滇银行玉溪分行", font("hei", 26), fill=(40, 60, 160))
    s.text(box[0] + mm(6), box[1] + mm(9), f"{d:%Y.%m.%d} 收讫", font("hei", 30), fill=(40, 60, 160))
    s.line(0, mm(180), s.width, mm(180), width=1, fill=(205, 205, 205))
    return [s]


WINDOW = {
    "property_clue_form": "申请执行人提供被执行人财产线索表",
    "payment_account_confirmation": "申请执行人收取执行款账户确认书",
    "service_address_confirmation": "送达地址确认书",
}


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's printed forms, filled in by hand by the applicant's lawyer."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    y = form_title(s, WINDOW[code], issuer=c.court.name)
    say(s, LEFT, y, "案号：", song(34))
    pen(s, LEFT + mm(16), y - 8, c.number, rng, size=40)
    y += 64
    w = s.width - LEFT - RIGHT
    tale = c.extra["tale"]
    if code == "property_clue_form":
        bank = (f"{c.extra['r_bank']}　账号{c.extra['r_acct']}" if tale == "freight"
                else "不清楚" if tale == "fossil" else "农业银行，账号不详；微信收款码")
        rows = [("被执行人", r.name), ("证照号码", r.id_number), ("银行存款", bank),
                ("不动产", "无" if tale != "flower" else "不清楚"),
                ("车辆", {"freight": "厢式货车2辆（车牌不详）", "fossil": "大型客车2辆，云F牌照", "flower": "小型厢式货车1辆"}[tale]),
                ("应收款/股权", "对玉溪卷烟厂的供货应收款" if tale == "freight" else "无"),
                ("其他线索", {"freight": "研和工业园区厂房内生产设备", "fossil": "澄江研学基地押金",
                             "flower": "斗南花卉市场摊位"}[tale])]
        note = "本人保证以上线索真实，如有不实愿承担法律责任。"
    elif code == "payment_account_confirmation":
        rows = [("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["in_bank"]), ("账　号", c.extra["in_acct"]),
                ("联系电话", a.phone), ("说　明", "执行款请汇入上述账户，账户变更将书面告知法院。")]
        note = "申请执行人确认：上述账户信息由本人填写，因账户错误产生的后果由本人承担。"
    else:
        rows = [("受送达人", a.name), ("送达地址", a.address), ("收件人", c.agent), ("联系电话", c.agent_phone),
                ("是否同意电子送达", "同意"), ("电子送达方式", f"手机号码{c.agent_phone}（短信、云南移动微法院）")]
        note = "受送达人确认：本院按上述地址送达，因地址不准确、变更未告知等导致文书未能实际接收的，视为送达。"
    hs = [mm(16) if len(v) < 24 else mm(24) for _, v in rows]
    boxes = frame(s, LEFT, y, [mm(44), w - mm(44)], [[k, ""] for k, _ in rows], heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for (_k, v), b in zip(rows, right, strict=True):
        pen(s, b[0] + mm(4), b[1] + mm(3), v, rng, size=40, per_line=24, lead=mm(8))
    yb = boxes[-1][3] + mm(8)
    say(s, LEFT, yb, note, song(30))
    say(s, s.width - RIGHT - mm(92), yb + mm(20), "填表人：", song(36), kind="sign")
    pen(s, s.width - RIGHT - mm(64), yb + mm(18), c.agent if code != "payment_account_confirmation" else
        (a.legal_rep if a.kind == "organisation" else a.name), rng, size=48)
    pen(s, s.width - RIGHT - mm(70), yb + mm(36), num_date(d), rng, size=40)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """财产申报表 sent with the 报告财产令, filled in by the respondent."""
    r = c.respondent
    tale = c.extra["tale"]
    s = Sheet()
    y = form_title(s, "被执行人财产申报表", issuer=c.court.name)
    say(s, LEFT, y, f"案号：{c.number}", song(34), kind="number")
    y += 62
    w = s.width - LEFT - RIGHT
    acct = (f"{c.extra['r_bank']}基本户，余额约{int(c.amount * Decimal('1.3')):,}元" if tale == "freight"
            else "农业银行澄江支行基本户，余额300余元" if tale == "fossil" else "农行卡一张，余额几百元")
    rows = [("申报人", r.name), ("证件号码", r.id_number), ("银行存款", acct),
            ("不动产", "无" if tale != "flower" else "无（租住）"),
            ("车　辆", {"freight": "厢式货车2辆，已抵押", "fossil": "大客车2辆，已被车贷公司收回",
                        "flower": "小型厢式货车1辆（运花用）"}[tale]),
            ("股权/投资", "无"), ("收入情况", {"freight": "卷烟厂供货款，每月结算", "fossil": "已停业，无收入",
                                       "flower": "卖花收入，不固定"}[tale]),
            ("其他财产", "生产设备（抵押给银行）" if tale == "freight" else "无"),
            ("一年内财产变动", "无" if tale != "fossil" else "2023年客车被收回")]
    boxes = frame(s, LEFT, y, [mm(44), w - mm(44)], [[k, ""] for k, _ in rows], heights=mm(17))
    right = [b for b in boxes if b[0] > LEFT]
    for (_k, v), b in zip(rows, right, strict=True):
        pen(s, b[0] + mm(4), b[1] + mm(4), v, rng, size=38, ink=(30, 30, 30) if tale == "freight" else INKPEN)
    yb = boxes[-1][3] + mm(8)
    say(s, LEFT, yb, "申报人保证：以上申报内容真实、完整，如有隐瞒、虚报，愿承担法律责任。", song(30))
    say(s, s.width - RIGHT - mm(100), yb + mm(18), "申报人（签章）：", song(36), kind="sign")
    pen(s, s.width - RIGHT - mm(50), yb + mm(16), r.legal_rep if r.kind == "organisation" else r.name, rng, size=48)
    if r.kind == "organisation":
        seal(s, s.width - RIGHT - mm(40), yb + mm(22), r.name, rng, radius=mm(17))
    pen(s, s.width - RIGHT - mm(70), yb + mm(36), num_date(d), rng, size=40)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统's printout of the 总对总 answers, in the system's monospaced face."""
    r = c.respondent
    s = Sheet()
    mono = font("mono", 30)
    say_centred(s, mm(18), "全国法院网络执行查控系统　查询结果反馈", font("sans_bold", 48), kind="title")
    say(s, mm(14), mm(32), f"案号：{c.number}　　被查询人：{r.name}", mono, kind="number")
    say(s, mm(14), mm(39), f"证照号码：{r.id_number}　　承办人：{c.officer}　　发起时间：{d:%Y-%m-%d} 09:{rng.randint(10, 59)}", mono)
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "富滇银行",
             "云南红塔银行", "玉溪农村商业银行", "自然资源部（不动产）", "公安部（车辆）", "中国证券登记结算",
             "支付宝（中国）网络技术", "财付通支付科技", "京东网银在线"]
    rows = [["序号", "协助单位", "类型", "反馈结果", "反馈日期"]]
    tale = c.extra["tale"]
    for i, unit in enumerate(units, 1):
        res = "未查询到相关信息"
        if tale == "freight" and unit == "富滇银行":
            res = f"账号{c.extra['r_acct'][-6:]}，余额{int(c.amount * Decimal('1.2')):,}.{rng.randint(10, 99)}元"
        elif unit == "公安部（车辆）" and tale != "freight":
            res = "登记车辆2辆，均已抵押" if tale == "fossil" else "登记车辆1辆（轻型厢式货车）"
        elif unit == "中国农业银行" and tale != "freight":
            res = f"账户1个，余额{rng.randint(12, 480)}.{rng.randint(10, 99)}元"
        elif unit == "财付通支付科技" and tale == "flower":
            res = f"零钱余额{rng.randint(3, 90)}.{rng.randint(10, 99)}元"
        rows.append([str(i), unit, "存款" if i <= 9 else ("不动产" if "自然" in unit else "车辆" if "车辆" in unit else "其他"),
                     res, f"{d + timedelta(days=rng.randint(0, 3)):%m-%d}"])
    frame(s, mm(12), mm(48), [mm(14), mm(56), mm(20), mm(76), mm(20)], rows, heights=mm(10.5), labels=(0,), f=mono,
          lf=font("sans_bold", 28))
    s.text(mm(14), s.height - mm(20), f"打印：{c.clerk}　{(d + timedelta(days=5)):%Y-%m-%d %H:%M}".replace("00:00", "16:42"),
           font("mono", 26))
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    pg = Page()
    f = font("song_gb", 40)
    pg.y = float(TOP + mm(4))
    pg.line("执行和解协议", font("song_gb", 72), lead=140, centred=True, kind="title", spacing=18)
    tale = c.extra["tale"]
    if tale == "freight":
        terms = [("k", f"一、乙方于{num_date(d + timedelta(days=7))}前将运费{money(c.amount)}一次性交至红塔区人民法院执行款专户；"),
                 ("k", "二、乙方按期付清的，甲方放弃迟延履行期间的债务利息，并同意法院解除对乙方银行账户的冻结；"),
                 ("k", "三、乙方未按期付款的，甲方可申请法院恢复执行全部债务及利息；申请执行费由乙方负担。")]
    else:
        half = (c.amount / 2).quantize(Decimal("1"))
        terms = [("k", f"一、乙方分两期向甲方支付货款共计{money(c.amount)}：{num_date(d + timedelta(days=5))}前支付{half:,.2f}元，"
                       f"{num_date(d + timedelta(days=14))}前支付{c.amount - half:,.2f}元，以微信或银行转账方式直接支付给甲方；"),
                 ("k", "二、乙方按期付清的，甲方放弃迟延履行期间的债务利息；"),
                 ("k", "三、乙方任何一期未按期支付的，甲方可申请法院恢复执行。")]
    _flow(pg, [
        ("h", f"甲方（申请执行人）：{a.name}"), ("h", f"乙方（被执行人）：{r.name}"),
        ("p", f"甲、乙双方{c.extra['cause']}一案，{c.basis_court}{c.basis_number}法律文书已经发生法律效力，现由云南省玉溪市红塔区"
              f"人民法院执行（案号{c.number}）。经协商，双方自愿达成如下和解协议："),
        *terms,
        ("p", "四、本协议一式三份，甲乙双方各执一份，交法院一份，自双方签字（盖章）之日起生效。"),
    ], f, 78)
    pg.need(280)
    s = pg.s
    y = pg.y + 50
    say(s, LEFT, y, "甲方：", f, kind="sign")
    say(s, s.width / 2 + mm(4), y, "乙方：", f, kind="sign")
    for x, p in ((LEFT, a), (s.width / 2 + mm(4), r)):
        if p.kind == "organisation":
            seal(s, x + mm(48), y + 20, p.name, rng, radius=mm(18))
            pen(s, x + mm(26), y + 90, p.legal_rep, rng, size=48, ink=INK)
        else:
            pen(s, x + mm(24), y - 6, p.name, rng, size=52, ink=INK)
            s.draw.ellipse((x + mm(58), y + 4, x + mm(58) + 42, y + 58), fill=(214, 70, 70))
    say(s, LEFT, y + 170, f"签订日期：{d.year}年{d.month}月{d.day}日", f, kind="date")
    say(s, LEFT, y + 240, f"见证：执行员{c.officer}", f, kind="sign")
    return pg.sheets


def _bank_slip(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The court's 执行款专户 bank's 电子回单 to the applicant, with the 案款发放 note of the bureau above it."""
    s = Sheet()
    say_centred(s, mm(24), "富滇银行　电子回单（付款）", font("sans_bold", 52), kind="title")
    f = font("sans", 34)
    pay = d + timedelta(days=2)
    rows = [["付款户名", f"{c.court.name}执行款专户"], ["付款账号", f"6200{rng.randint(10**11, 10**12 - 1)}"],
            ["收款户名", c.applicant.name], ["收款账号", c.extra["in_acct"]], ["收款行", c.extra["in_bank"]],
            ["金　　额", money(c.amount)], ["用　　途", f"{c.number}执行款发放"],
            ["交易时间", f"{pay:%Y-%m-%d} 15:{rng.randint(10, 59)}:{rng.randint(10, 59)}"],
            ["回单编号", f"FD{rng.randint(10**13, 10**14 - 1)}"]]
    frame(s, mm(22), mm(42), [mm(40), s.width - mm(44) - mm(40)], rows, heights=mm(12), f=f, lf=font("sans_bold", 30))
    seal(s, s.width - mm(62), mm(128), "富滇银行股份有限公司玉溪分行", rng, radius=mm(17), inner="电子回单专用章")
    say(s, mm(22), mm(160), "打印次数：1　　本回单仅证明银行已受理该笔业务", font("sans", 28))
    s.line(0, mm(172), s.width, mm(172), width=1, fill=(200, 200, 200))
    y = mm(184)
    say_centred(s, y, "执行案款发放审批单", font("serif_bold", 48), kind="title")
    frame(s, mm(22), y + mm(14), [mm(40), s.width - mm(44) - mm(40)],
          [["案　号", c.number], ["领款人", c.applicant.name], ["发放金额", money(c.amount)], ["承办人意见", ""],
           ["审批意见", ""]], heights=[mm(12), mm(12), mm(14), mm(16), mm(16)])
    pen(s, mm(68), y + mm(56), "被执行人已交清和解款，申请发放。", rng, size=38)
    pen(s, mm(68), y + mm(72), f"同意。{c.judge} {d.month}.{d.day}", rng, size=38)
    return [s]


def _iou_receipt(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The grower's 收条, written by hand on a squared letter pad, with his fingerprint; the bureau's note below it."""
    a, r = c.applicant, c.respondent
    s = Sheet(paper=(252, 250, 242))
    for k in range(16):
        s.line(mm(20), mm(40) + k * mm(11), s.width - mm(20), mm(40) + k * mm(11), width=1, fill=(190, 200, 225))
    s.text(mm(22), mm(22), "红塔区洛河乡农业服务中心", font("serif", 30), fill=(160, 60, 60))
    ink = (26, 26, 40)
    pen(s, s.width / 2 - mm(12), mm(29), "收条", rng, size=70, ink=ink)
    lines = [f"今收到{r.name}支付的玫瑰花货款", f"{money(c.amount).replace('人民币', '人民币 ')}，",
             f"分两次付清（微信转账）。{c.basis_number}", "调解书确定的款项已全部收到，", "双方再无纠纷。"]
    y = mm(41)
    text = "".join(lines)
    chunks = [text[i:i + 22] for i in range(0, len(text), 22)]
    for part in chunks:
        pen(s, mm(28), y + 4, part, rng, size=48, ink=ink)
        y += mm(11)
    y += mm(11)
    pen(s, s.width - mm(100), y, f"收款人：{a.name}", rng, size=50, ink=ink)
    s.draw.ellipse((s.width - mm(44), y - 4, s.width - mm(44) + 46, y + 58), fill=(212, 64, 66))
    pen(s, s.width - mm(96), y + mm(13), f"{d.year}年{d.month}月{d.day}日", rng, size=46, ink=ink)
    say(s, mm(22), mm(232), f"（申请执行人于{num_date(d)}到本院提交，原件存卷。执行员：{c.officer}）", song(32))
    return [s]
