"""What 安定法院执行局 receives, each in its maker's hand: the court's trial divisions' judgments and 调解书 (AR PL 明体,
folios "－n－"), the 刑事审判庭's ruled 移送执行表, the 民事审判庭's small 生效证明书, a lawyer's typed application in
Noto sans under a bold title and a 律师事务所函 on a blue letterhead, licence and ID copies drawn as cards, the window's
pre-printed forms filled in ballpoint, the 甘肃省非税收入一般缴款书 in purple, the 查控 system's printout, a bank's
回单 — and the papers parties wrote by hand on their unit's lined 信笺: the cooperative's application, the 粉条
factory's settlement, the convict's 财产状况说明 on the 看守所's paper."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money_caps, num_date, person_name
from dossier.corpus.draw import Sheet, mm, seal, text_width, wrap
from dossier.corpus.families.court_gc_kit import (
    BALLPOINT,
    BLUE_BLACK,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    fingerprint,
    form_title,
    grid,
    letter_sheet,
    scrawl,
    write_lines,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher", "transfer_statement", "property_status_statement",
})
PURPLE = (112, 60, 140)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_gc import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
    if code == "enforcement_application":
        return _coop_application(c, rng) if t == "herb" else _lawyer_application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _business_licence(p, rng) if p.kind == "organisation" else _id_card(p, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _voucher(c, rng, d)
    if code == "transfer_statement":
        return _transfer(c, rng, d)
    if code == "property_status_statement":
        return _status(c, rng, d)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        head = "负责人" if "合作社" in p.name else "法定代表人"
        return f"{p.name}，住所地{p.address}。{head}：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}。"


def _ming(size: int) -> Font:
    return font("ming", size)


def _judgment_sheets(c: CaseCtx, rng: random.Random, title: str, number: str, paras: list[tuple[str, str]],
                     bench: list[tuple[str, str]], when: date) -> list[Sheet]:
    """A trial division's paper: court and title in bold serif, the number right, body in 明体, folios "－n－"."""
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(TOP, COURT, font("serif_bold", 50), spacing=2)
    s.centred(TOP + 84, title, font("serif_bold", 78), spacing=26)
    y = TOP + 210
    s.right(s.width - mm(28), y, number, _ming(40))
    y += 90
    f = _ming(41)
    lead = 69
    x0, width = mm(30), s.width - mm(58)
    for kind, text in paras:
        first = 0.0 if kind == "h" else f.size * 2
        hang = f.size * 2 if kind == "h" else 0.0
        for k, part in enumerate(wrap(text, f, width - hang, indent=first - hang if kind != "h" else 0.0)):
            if y + lead > s.height - mm(30):
                s = Sheet()
                sheets.append(s)
                y = TOP
            s.text(x0 + (first if k == 0 else hang), y, part, f)
            y += lead
    if y + 90 * len(bench) + 260 > s.height - mm(30):
        s = Sheet()
        sheets.append(s)
        y = TOP
    y += 50
    x = s.width - mm(105)
    for role, name in bench[:-1]:
        s.text(x, y, f"{role}　{name}", f)
        y += 72
    w = cn_date(when)
    s.text(x, y + 24, w, f)
    seal(s, x + text_width(w, f) / 2, y + 34, COURT, rng, radius=mm(20))
    role, name = bench[-1]
    s.text(x, y + 120, f"{role}　{name}", f)
    n = len(sheets)
    for i, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(15), f"－{i}－", _ming(30))
        if i > 1:
            sh.page_of = (i, n)
    return sheets


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    heard = c.basis_effective - timedelta(days=rng.randint(30, 60))
    clerk = ("书 记 员", person_name(rng))
    if t == "fraud":
        victims = c.extra["victims"]
        listing = "、".join(f"{name}{amt:,.0f}元" for name, amt in victims)
        paras = [
            ("h", "公诉机关定西市安定区人民检察院。"),
            ("h", f"被告人{r.name}，{r.sex}，{r.born.year if r.born else 1980}年出生，汉族，初中文化，无业，住{r.address}。"
                  f"因涉嫌犯诈骗罪于2023年{rng.randint(3, 6)}月{rng.randint(1, 28)}日被刑事拘留，同月被逮捕。现羁押于定西市看守所。"),
            ("p", f"定西市安定区人民检察院以安检刑诉〔2023〕{rng.randint(80, 300)}号起诉书指控被告人{r.name}犯诈骗罪，于"
                  f"{cn_date(heard - timedelta(days=30))}向本院提起公诉。本院依法组成合议庭，公开开庭审理了本案。本案现已审理终结。"),
            ("p", f"经审理查明：2022年冬至2023年春，被告人{r.name}冒充“定西市马铃薯脱毒种薯繁育中心”业务员，以低价代购一级脱毒种薯"
                  f"为名，先后收取被害单位{a.name}订金{c.extra['coop_loss']:,.0f}元，收取被害人{listing}，收款后未交付种薯，"
                  "更换手机号码躲避。案发后，公安机关扣押被告人赃款" + f"{c.extra['seized']:,.0f}元。"),
            ("p", f"本院认为，被告人{r.name}以非法占有为目的，虚构事实骗取他人财物，数额巨大，其行为已构成诈骗罪。依照《中华人民共和国"
                  "刑法》第二百六十六条、第五十二条、第五十三条、第六十四条之规定，判决如下："),
            ("p", f"一、被告人{r.name}犯诈骗罪，判处有期徒刑{c.extra['years']}，并处罚金人民币{c.extra['fine']:,.0f}元（罚金于"
                  "判决生效后一个月内缴纳）。"),
            ("p", f"二、责令被告人{r.name}退赔被害单位{a.name}经济损失{c.extra['coop_loss']:,.0f}元，退赔被害人{listing}。"),
            ("p", f"三、公安机关扣押在案的赃款{c.extra['seized']:,.0f}元予以追缴，按比例发还各被害人，不足部分继续追缴。"),
            ("p", "如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向甘肃省定西市中级人民法院提出上诉。"),
        ]
        bench = [("审 判 长", c.extra["crim_judge"]), ("人民陪审员", person_name(rng)), ("人民陪审员", person_name(rng)),
                 clerk]
        return _judgment_sheets(c, rng, "刑事判决书", c.basis_number, paras, bench,
                                c.basis_effective - timedelta(days=12))
    if t == "herb":
        qi, shen = c.extra["qi"], c.extra["shen"]
        paras = [
            ("h", f"原告：{_who(a)}"), ("h", f"被告：{_who(r)}"),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=20))}立案后，依法适用简易程序进行"
                  "审理。"),
            ("p", f"原告诉称：2022年10月，原告将社员种植的黄芪{qi}吨、党参{shen}吨（统货、晒干）出售给被告，约定收货后三十日内付清。"
                  "被告收货后仅支付少部分货款，余款至今未付。"),
            ("p", "本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            ("p", f"一、被告{r.name}于2023年12月31日前支付原告{a.name}药材货款{c.amount:,.2f}元；"),
            ("p", "二、如被告未按期足额支付，原告可就全部未付款项申请强制执行；"),
            ("p", "三、案件受理费减半收取，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。"),
        ]
        return _judgment_sheets(c, rng, "民事调解书", c.basis_number, paras, [("审 判 员", person_name(rng)), clerk],
                                c.basis_effective)
    tons = c.extra["tons"]
    paras = [
        ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后，依法适用简易程序，于{cn_date(heard)}公开开庭进行了审理。"
              "本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：判令被告支付马铃薯精淀粉货款{c.amount:,.2f}元。事实和理由：2022年9月至12月，原告分"
              f"{rng.randint(4, 9)}批向被告供应马铃薯精淀粉共{tons}吨，用于被告加工粉条、粉丝，被告签收后至今未付款。"),
        ("p", "被告辩称：收货属实，因粉条销售回款慢，暂无力支付。"),
        ("p", "本院认为，原、被告之间的买卖合同合法有效。原告已交付货物，被告应当按约支付价款。依照《中华人民共和国民法典》"
              "第五百七十七条、第六百二十六条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效后十日内支付原告{a.name}货款{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行"
              "期间的债务利息。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内向本院递交上诉状，上诉于甘肃省定西市中级人民法院。"),
    ]
    c.extra.setdefault("civil_judge", person_name(rng))
    return _judgment_sheets(c, rng, "民事判决书", c.basis_number, paras,
                            [("审 判 员", str(c.extra["civil_judge"])), clerk], c.basis_effective - timedelta(days=20))


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 民事审判庭's 生效证明书: a half page, its own number, the division's signature and the court's seal."""
    s = Sheet()
    s.centred(TOP + mm(6), COURT, font("serif_bold", 50), spacing=2)
    s.centred(TOP + mm(22), "生效证明书", font("serif_bold", 70), spacing=30)
    s.right(s.width - mm(28), TOP + mm(44), c.basis_number.replace("号", "号之一"), _ming(38))
    y = TOP + mm(62)
    f = _ming(41)
    text = (f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案的民事判决书，已于"
            f"{cn_date(c.basis_effective - timedelta(days=20))}送达双方当事人，双方在上诉期内均未提起上诉，该判决已于"
            f"{cn_date(c.basis_effective)}发生法律效力。")
    for k, part in enumerate(wrap(text, f, s.width - mm(58), indent=f.size * 2)):
        s.text(mm(30) + (f.size * 2 if k == 0 else 0), y, part, f)
        y += 70
    s.text(mm(30) + f.size * 2, y, "特此证明。", f)
    y += 160
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(3, 8)))
    s.right(s.width - mm(34), y, when, f)
    seal(s, s.width - mm(34) - text_width(when, f) / 2, y + 10, COURT, rng, radius=mm(20))
    s.text(mm(30), y + 150, f"民事审判庭　审判员：{c.extra.get('civil_judge') or person_name(rng)}", _ming(34))
    return [s]


def _lawyer_application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's typed application: a bold sans title, a sans body, the company's seal over its name."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP + mm(4), "强制执行申请书", font("sans_bold", 70), spacing=10)
    f = font("sans", 38)
    y = TOP + mm(30)
    paras = [
        ("h", f"申请执行人：{_who(a)}"), ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("h", f"被执行人：{_who(r)}统一社会信用代码：{r.id_number}。"),
        ("t", "申请事项："),
        ("p", f"1. 强制执行被执行人支付货款{c.amount:,.2f}元及迟延履行期间的加倍债务利息；"),
        ("p", "2. 对被执行人及其法定代表人采取限制消费措施；被执行人拒不履行的，将其纳入失信被执行人名单；"),
        ("p", "3. 执行费用由被执行人负担。"),
        ("t", "事实与理由："),
        ("p", f"申请执行人与被执行人买卖合同纠纷一案，贵院作出的{c.basis_number}民事判决书已于{cn_date(c.basis_effective)}"
              "发生法律效力。被执行人至今未履行付款义务。据申请人了解，被执行人在巉口镇的信用社开有基本账户，粉条加工仍在进行。"
              "为维护申请人合法权益，特依法申请强制执行。"),
        ("t", "此致"), ("t", COURT),
    ]
    for kind, text in paras:
        indent = f.size * 2 if kind == "p" else 0
        hang = f.size * 2 if kind == "h" else 0
        for k, part in enumerate(wrap(text, f, s.width - LEFT - RIGHT - hang, indent=indent)):
            s.text(LEFT + (indent if k == 0 else hang), y, part, f)
            y += 64
    y += 40
    s.right(s.width - RIGHT, y, f"申请执行人：{a.name}", f)
    seal(s, s.width - RIGHT - mm(40), y + 20, a.name, rng, radius=mm(19))
    s.right(s.width - RIGHT, y + 80, num_date(c.filed_on - timedelta(days=2)), f)
    return [s]


def _coop_application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The cooperative's 理事长 wrote it himself, on the cooperative's lined 信笺."""
    a, r = c.applicant, c.respondent

    def page() -> tuple[Sheet, list[float]]:
        return letter_sheet(a.name, f"地址：{a.address}　电话：{a.phone}")

    blocks = [
        ("c", "申请执行书"),
        ("l", f"申请人：{a.name}，负责人{a.legal_rep}，住所地{a.address}。"),
        ("l", f"被申请人：{r.name}，法定代表人{r.legal_rep}，住{r.address}。"),
        ("l", "请求事项："),
        ("p", f"请求法院强制执行被申请人支付黄芪、党参货款{c.amount:,.2f}元，并对被申请人限制高消费、纳入失信名单。"),
        ("l", "事实和理由："),
        ("p", f"我社和被申请人买卖合同纠纷一案，经安定区法院调解，{c.basis_number}民事调解书确定被申请人在2023年底前付清药材款。"
              "到期后被申请人一分钱没给，药材市场的铺子也关了。我社一百多户社员的黄芪、党参钱都在里面，社员天天来社里问，特申请"
              "强制执行。"),
        ("l", "此致"), ("l", COURT),
        ("r", f"申请人：{a.name}"), ("r", f"负责人：{a.legal_rep}"), ("r", num_date(c.filed_on - timedelta(days=1))),
    ]
    sheets, last, _ = write_lines(page, blocks, rng, x0=mm(22), x1=page()[0].width - mm(22), size=42, face="wenkai",
                                  ink=BLUE_BLACK)
    seal(last, last.width - mm(60), last.height - mm(80), a.name, rng, radius=mm(19))
    return _folio_hand(sheets)


def _folio_hand(sheets: list[Sheet]) -> list[Sheet]:
    for i, s in enumerate(sheets[1:], 2):
        s.page_of = (i, len(sheets))
    return sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(TOP + mm(6), "授 权 委 托 书", font("sans_bold", 66))
    f = font("sans", 38)
    y = TOP + mm(32)
    lines = [f"委托人：{a.name}", f"住所地：{a.address}", f"法定代表人（负责人）：{a.legal_rep}",
             f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。", "",
             f"现委托上列受托人在我单位与{c.respondent.name}{c.extra['cause']}执行一案中，作为我单位的委托代理人。",
             "代理权限为：特别授权，代为申请执行、申请采取强制措施、提供财产线索、参加谈话、代为和解、代为领取执行款、代签法律文书。",
             "", "委托期限：自签署之日起至本案执行终结止。"]
    for text in lines:
        if not text:
            y += 40
            continue
        for part in wrap(text, f, s.width - LEFT - RIGHT):
            s.text(LEFT, y, part, f)
            y += 62
    y += 80
    s.text(s.width - mm(110), y, "委托人（盖章）：", f)
    seal(s, s.width - mm(60), y + 30, a.name, rng, radius=mm(19))
    s.text(s.width - mm(110), y + 90, "受托人（签名）：", f)
    scrawl(s, s.width - mm(50), y + 84, c.agent, rng, size=48, face="wenkai")
    s.text(s.width - mm(110), y + 180, num_date(c.filed_on - timedelta(days=3)), f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    blue = (30, 70, 150)
    s.centred(TOP - mm(6), c.firm, font("serif_bold", 60), fill=blue, spacing=6)
    s.line(LEFT, TOP + mm(12), s.width - RIGHT, TOP + mm(12), width=4, fill=blue)
    s.centred(TOP + mm(20), "律师事务所函", font("hei", 62), spacing=12)
    s.right(s.width - RIGHT, TOP + mm(38), f"陇律函〔2024〕第{rng.randint(10, 90)}号", font("sans", 34))
    f = font("serif", 40)
    y = TOP + mm(52)
    s.text(LEFT, y, f"{COURT}：", f)
    y += 70
    text = (f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行案件的委托"
            f"代理人。特此函告。")
    for k, part in enumerate(wrap(text, f, s.width - LEFT - RIGHT, indent=f.size * 2)):
        s.text(LEFT + (f.size * 2 if k == 0 else 0), y, part, f)
        y += 68
    s.text(LEFT + f.size * 2, y + 20, f"律师执业证号：{c.extra['licence']}", f)
    y += 220
    s.right(s.width - RIGHT, y, c.firm, f)
    seal(s, s.width - RIGHT - mm(45), y + 20, c.firm, rng, radius=mm(20))
    s.right(s.width - RIGHT, y + 80, cn_date(c.filed_on - timedelta(days=3)), f)
    s.text(LEFT, s.height - mm(30), f"地址：{c.extra['firm_addr']}", font("sans", 28), fill=blue)
    return [s]


def _card(s: Sheet, x: float, y: float, w: float, h: float, tint: tuple[int, int, int]) -> None:
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=tint, outline=(120, 120, 120), width=3)


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's photo page copied onto A4, a clerk's "与原件核对一致" written under it."""
    s = Sheet()
    x, y, w, h = mm(40), mm(40), mm(130), mm(90)
    _card(s, x, y, w, h, (240, 232, 214))
    s.centred(y + mm(5), "中华人民共和国律师执业证", font("serif_bold", 44), x0=x, x1=x + w)
    s.draw.rectangle((x + mm(8), y + mm(20), x + mm(38), y + mm(60)), fill=(190, 190, 190))
    f = font("sans", 32)
    yy = y + mm(20)
    for text in (f"姓名：{c.agent}", f"执业机构：{c.firm}", f"执业证号：{c.extra['licence']}", "发证机关：甘肃省司法厅",
                 f"发证日期：{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月"):
        s.text(x + mm(44), yy, text, f)
        yy += mm(11)
    scrawl(s, x + mm(10), y + h + mm(14), "此复印件与原件核对一致", rng, size=40, face="wenkai")
    scrawl(s, x + mm(10), y + h + mm(26), f"{c.agent}　{num_date(c.filed_on - timedelta(days=1))}", rng, size=40,
           face="wenkai")
    return [s]


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x, w, h = mm(45), mm(120), mm(76)
    for k, y in enumerate((mm(35), mm(130))):
        _card(s, x, y, w, h, (232, 236, 240) if k == 0 else (236, 238, 226))
        if k == 0:
            born = p.born or date(1980, 1, 1)
            f = font("hei", 30)
            rows = [f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉", f"出生　{born.year}年{born.month}月{born.day}日",
                    f"住址　{p.address[:16]}", f"　　　{p.address[16:]}"]
            for j, text in enumerate(rows):
                s.text(x + mm(6), y + mm(6) + j * mm(9), text, f)
            s.text(x + mm(6), y + h - mm(13), f"公民身份号码　{p.id_number}", font("hei", 34))
            s.draw.rectangle((x + w - mm(36), y + mm(8), x + w - mm(6), y + mm(46)), fill=(170, 170, 175))
        else:
            s.centred(y + mm(14), "中华人民共和国", font("serif_bold", 44), x0=x, x1=x + w)
            s.centred(y + mm(28), "居民身份证", font("serif_bold", 56), x0=x, x1=x + w, spacing=10)
            s.text(x + mm(10), y + h - mm(20), f"签发机关　定西市公安局{rng.choice(['安定分局', '交通路派出所'])}", font("hei", 28))
            s.text(x + mm(10), y + h - mm(11), f"有效期限　{rng.randint(2016, 2021)}.03.12-长期", font("hei", 28))
    scrawl(s, mm(45), mm(225), "与原件一致", rng, size=42, face="wenkai")
    return [s]


def _business_licence(p: Party, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (190, 40, 40)
    s.box(mm(18), mm(18), s.width - mm(18), s.height - mm(60), width=10, outline=(190, 150, 60))
    s.centred(mm(36), "营 业 执 照", font("serif_bold", 96), fill=red)
    s.centred(mm(60), "（副　本）", font("serif", 40))
    s.text(mm(30), mm(78), f"统一社会信用代码　{p.id_number}", font("hei", 36))
    f = font("serif", 36)
    kind = "农民专业合作社" if "合作社" in p.name else "有限责任公司（自然人投资或控股）"
    rows = [("名　　称", p.name), ("类　　型", kind), ("法定代表人" if "合作社" not in p.name else "负 责 人", p.legal_rep),
            ("经营范围", "马铃薯种植、收购、销售；中药材收购、初加工、销售；淀粉及淀粉制品生产、销售（依法须经批准的项目，经相关"
                     "部门批准后方可开展经营活动）"),
            ("成立日期", f"{rng.randint(2009, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    y = mm(96)
    for lab, val in rows:
        s.text(mm(30), y, lab, font("hei", 36))
        for part in wrap(val, f, s.width - mm(100)):
            s.text(mm(80), y, part, f)
            y += 56
        y += 24
    s.right(s.width - mm(40), s.height - mm(100), "登记机关", font("hei", 36))
    seal(s, s.width - mm(60), s.height - mm(98), "定西市安定区市场监督管理局", rng, radius=mm(21))
    scrawl(s, mm(30), s.height - mm(45), "复印件与原件一致", rng, size=42, face="wenkai")
    seal(s, mm(120), s.height - mm(40), p.name, rng, radius=mm(17))
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """甘肃省非税收入一般缴款书 (收据联) in purple: a wide ruled slip on an A4 sheet."""
    s = Sheet()
    x, y = mm(14), mm(30)
    s.centred(y, "甘肃省非税收入一般缴款书", font("serif_bold", 54), fill=PURPLE, spacing=6)
    s.centred(y + 70, "（收 据 联）", font("serif", 36), fill=PURPLE)
    s.text(x + mm(4), y + 130, f"票据号码：62{rng.randint(10**9, 10**10 - 1)}", font("sans", 30), fill=PURPLE)
    s.right(s.width - x - mm(4), y + 130, f"填制日期：{num_date(c.day(2))}", font("sans", 30))
    w = s.width - 2 * x
    rows = [["缴款人", c.applicant.name, "执收单位", COURT], ["项目名称", "申请执行费", "金额", f"{c.extra['fee']}.00"],
            ["金额（大写）", money_caps(Decimal(c.extra["fee"]))], ["备注", f"案号：{c.number}"]]
    grid(s, x, y + 190, [mm(34), mm(66), mm(28), w - mm(128)], rows, heights=mm(16), labels=(0, 2), ink=PURPLE)
    seal(s, s.width - mm(60), y + 190 + mm(58), "甘肃省财政厅非税收入专用章", rng, radius=mm(18))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's printed forms, filled in ballpoint by whoever came."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - LEFT - RIGHT
    titles = {"property_clue_form": "被执行人财产线索表", "payment_account_confirmation": "申请执行人收取案款确认书",
              "service_address_confirmation": "送达地址确认书", "property_declaration_form": "财产申报表"}
    y = form_title(s, titles[code])
    s.text(LEFT, y - 30, f"案号：{c.number}", font("serif", 32))
    y += 30
    if code == "property_clue_form":
        rows = [["被执行人", r.name], ["银行账户", ""], ["不动产", ""], ["车辆", ""], ["其他财产", ""], ["提供人", ""]]
        fills = [c.extra.get("r_bank", "不清楚"), "厂区在巉口镇，土地是租的" if c.extra["tale"] == "starch" else "不清楚",
                 "有一辆拉货的货车，车牌不清楚", "粉条加工设备、库存粉条" if c.extra["tale"] == "starch" else "药材市场铺面（租的）",
                 f"{c.agent}  {num_date(d)}"]
        hs = [mm(16), mm(30), mm(24), mm(20), mm(30), mm(18)]
    elif code == "payment_account_confirmation":
        rows = [["收款人", a.name], ["开户银行", ""], ["账　号", ""], ["确认声明", "本单位确认以上账户为接收本案执行款的唯一账户，"
                                                                   "如有变更及时书面告知，因账户信息错误造成的损失自行承担。"],
                ["申请执行人（签章）", ""], ["日　期", ""]]
        fills = [c.extra["in_bank"], c.extra["in_acct"], "", a.legal_rep, num_date(d)]
        hs = [mm(16), mm(16), mm(16), mm(34), mm(30), mm(16)]
    elif code == "service_address_confirmation":
        rows = [["受送达人", a.name], ["送达地址", ""], ["收件人及电话", ""], ["电子送达", "□同意　手机号："],
                ["告知事项", "以上地址适用于执行程序，地址变更应及时告知；因地址不实导致文书未能送达的，视为送达。"],
                ["受送达人签名", ""]]
        fills = [a.address, f"{a.legal_rep}  {a.phone}", f"✓　　　　　{a.phone}", "", f"{a.legal_rep}  {num_date(d)}"]
        hs = [mm(16), mm(20), mm(16), mm(16), mm(30), mm(22)]
    else:
        rows = [["申报人", r.name], ["存款", ""], ["房产、土地", ""], ["车辆", ""], ["对外债权", ""], ["收入情况", ""],
                ["申报人签名", ""]]
        if c.extra["tale"] == "fraud":
            fills = ["无", "无（住房为妻子娘家所有）", "旧三轮车一辆（老家）", "无", "羁押期间无收入", r.name]
        else:
            fills = [f"{c.extra.get('r_bank', '农商行')}基本户", "无", "货车一辆（已抵押）", "应收粉条款约十来万，收不回来",
                     "经营亏损", r.legal_rep]
        hs = [mm(16), mm(20), mm(20), mm(20), mm(20), mm(20), mm(22)]
    boxes = grid(s, LEFT, y, [mm(48), w - mm(48)], rows, heights=hs)
    fill_rows = [row for row, (lab, *rest) in zip(boxes, rows, strict=True) if not (rest and rest[0])
                 or lab == "电子送达"]
    for row, text in zip(fill_rows, fills, strict=False):
        if not text:
            continue
        b = row[1]
        x = b[0] + mm(4) + (mm(12) if text.startswith("✓") else 0)
        scrawl(s, x, b[1] + mm(3), text[:26], rng, size=36, ink=BALLPOINT)
        if len(text) > 26:
            scrawl(s, x, b[1] + mm(11), text[26:], rng, size=36, ink=BALLPOINT)
    if code == "property_declaration_form" and r.kind == "person":
        fingerprint(s, boxes[-1][1][0] + mm(60), boxes[-1][1][1] + mm(2), rng)
    if code == "payment_account_confirmation":
        seal(s, boxes[4][1][0] + mm(80), boxes[4][1][1] + mm(15), a.name, rng, radius=mm(17))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统's feedback printed from the case system: a small sans table, every line a bank or body."""
    r = c.respondent
    s = Sheet()
    s.centred(mm(20), "网络执行查控系统 财产查询结果反馈", font("sans_bold", 48))
    f = font("sans", 27)
    s.text(mm(16), mm(36), f"案号：{c.number}　被查询人：{r.name}　证照号码：{r.id_number}", f)
    s.text(mm(16), mm(44), f"查询发起：{num_date(d - timedelta(days=3))}　反馈汇总：{num_date(d)}　承办人：{c.officer}", f)
    bodies = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "邮储银行", "甘肃银行", "甘肃安定农村商业银行",
              "兰州银行", "自然资源部（不动产）", "公安部（车辆）", "中国证券登记结算", "支付宝（蚂蚁）", "财付通"]
    rows = [["序号", "协助单位", "反馈结果", "余额/明细（元）", "反馈时间"]]
    t = str(c.extra["tale"])
    for i, b in enumerate(bodies, 1):
        found = "未查询到"
        amount = ""
        if "农村商业" in b and t == "starch":
            found, amount = "有账户 2个", f"{Decimal(rng.randint(1000, 9000)) + c.amount:,.2f}"
        elif "车辆" in b and t != "herb":
            found, amount = "机动车1辆", "甘J·" + f"{rng.randint(10000, 99999)}"
        elif ("农业" in b or "微信" in b) and rng.random() < 0.4:
            found, amount = "有账户 1个", f"{rng.randint(0, 90)}.{rng.randint(10, 99)}"
        rows.append([str(i), b, found, amount, num_date(d - timedelta(days=rng.randint(0, 2)))])
    w = s.width - mm(32)
    grid(s, mm(16), mm(54), [mm(16), mm(56), mm(34), mm(40), w - mm(146)], rows, heights=mm(9), f=f, labels=(0,))
    s.text(mm(16), s.height - mm(20), "打印人：" + c.clerk + "　本结果仅供执行使用", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 粉条 factory wrote the settlement on its own letter paper; both sides signed and sealed."""
    a, r = c.applicant, c.respondent

    def page() -> tuple[Sheet, list[float]]:
        return letter_sheet(r.name, f"地址：{r.address}　电话：{r.phone}")

    first = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
    blocks = [
        ("c", "执行和解协议"),
        ("l", f"甲方（申请执行人）：{a.name}"), ("l", f"乙方（被执行人）：{r.name}"),
        ("p", f"关于{c.number}执行一案，经法院主持，双方协商一致，达成如下和解："),
        ("p", f"一、乙方欠甲方淀粉货款{c.amount:,.2f}元，乙方于协议签订当日付{first:,.0f}元，余款{c.amount - first:,.2f}元于十五日内付清，"
              "均交至法院执行款账户。"),
        ("p", "二、甲方同意放弃迟延履行期间的加倍利息。乙方付清后，法院解除对乙方信用社账户的冻结。"),
        ("p", "三、乙方不按期付款的，甲方可申请恢复执行原判决。"),
        ("l", f"甲方：{a.name}（盖章）　代理人：{c.agent}"),
        ("l", f"乙方：{r.name}（盖章）　法定代表人：{r.legal_rep}"),
        ("r", num_date(d)),
    ]
    sheets, last, _ = write_lines(page, blocks, rng, x0=mm(22), x1=page()[0].width - mm(22), size=40, face="kai_gb",
                                  ink=BLUE_BLACK)
    seal(last, mm(70), last.height - mm(120), a.name, rng, radius=mm(18))
    seal(last, mm(140), last.height - mm(110), r.name, rng, radius=mm(18))
    return _folio_hand(sheets)


def _voucher(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bureau's 案款发放 slip printed from the finance system; for the fraud case, one row per victim."""
    s = Sheet()
    y = form_title(s, "执行案款发放凭证")
    s.text(LEFT, y - 30, f"案号：{c.number}　　凭证号：AK{d:%Y%m%d}{rng.randint(100, 999)}", font("serif", 30))
    w = s.width - LEFT - RIGHT
    rows = [["领款人", "开户行", "账号", "金额（元）"]]
    if c.extra["tale"] == "fraud":
        total = c.extra["restitution"]
        rows.append([c.applicant.name, c.extra["in_bank"], c.extra["in_acct"], f"{c.extra['coop_loss']:,.2f}"])
        for name, amt in c.extra["victims"]:
            rows.append([name, "甘肃安定农村商业银行", f"6228{rng.randint(10**14, 10**15 - 1)}", f"{amt:,.2f}"])
        rows.append(["国库（罚金）", "国家金库定西市安定区支库", "—", f"{c.extra['fine']:,.2f}"])
        total = total + c.extra["fine"]
    else:
        total = c.amount
        rows.append([c.applicant.name, c.extra["in_bank"], c.extra["in_acct"], f"{c.amount:,.2f}"])
    rows.append(["合计（大写）", money_caps(total)])
    grid(s, LEFT, y + 20, [mm(44), mm(52), mm(46), w - mm(142)], rows, heights=mm(14), f=font("serif", 30),
         labels=())
    yy = y + 20 + mm(14) * len(rows) + mm(16)
    s.text(LEFT, yy, f"款项来源：{'被执行人亲属代交' if c.extra['tale'] == 'fraud' else '被执行人交款'}，" +
           f"到账日期{num_date(d - timedelta(days=2))}。", font("serif", 32))
    for k, lab in enumerate(("承办人", "执行局负责人", "财务经办")):
        s.text(LEFT + k * mm(55), yy + mm(20), f"{lab}：", font("hei", 32))
        scrawl(s, LEFT + k * mm(55) + mm(26 if k != 1 else 36), yy + mm(19), person_name(rng) if k else c.officer, rng,
               size=38, face="wenkai", ink=(20, 20, 20))
    seal(s, s.width - RIGHT - mm(40), yy + mm(45), "甘肃省定西市安定区人民法院执行款专用章", rng, radius=mm(19))
    s.text(LEFT, yy + mm(75), f"本凭证证明上列款项已于{num_date(d)}付出。", font("serif", 32))
    return [s]


def _transfer(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 刑事审判庭's 移送执行表: a ruled sheet of the defendant, the victims and what the judgment left to enforce,
    then its 移送执行说明 on a second sheet."""
    r, a = c.respondent, c.applicant
    s = Sheet()
    y = form_title(s, "刑事裁判涉财产部分移送执行表")
    s.text(LEFT, y - 30, f"移送部门：刑事审判庭　　移送日期：{num_date(d)}", font("serif", 32))
    w = s.width - LEFT - RIGHT
    victims = "；".join(f"{n}，退赔{v:,.0f}元" for n, v in c.extra["victims"])
    born = r.born or date(1980, 1, 1)
    rows = [["刑事案号", c.basis_number, "生效日期", num_date(c.basis_effective)],
            ["被执行人", f"{r.name}，{r.sex}，{born.year}年{born.month}月生，身份证号{r.id_number}"],
            ["羁押/服刑场所", "定西市看守所（待送监）"], ["罚金", f"{c.extra['fine']:,.2f}元，未缴纳"],
            ["责令退赔", f"{c.extra['restitution']:,.2f}元"],
            ["被害人情况", f"{a.name}（负责人{a.legal_rep}，{a.phone}），退赔{c.extra['coop_loss']:,.0f}元；{victims}"],
            ["追缴违法所得", f"公安机关扣押赃款{c.extra['seized']:,.0f}元，已随案移送本院暂存款账户"],
            ["已查封、扣押、冻结财产", "无"], ["移送意见", "请依法执行"], ["庭长签字", ""]]
    hs = [mm(16), mm(22), mm(15), mm(15), mm(15), mm(40), mm(22), mm(15), mm(15), mm(22)]
    boxes = grid(s, LEFT, y + 20, [mm(44), mm(66), mm(28), w - mm(138)], rows, heights=hs, labels=(0, 2))
    b = boxes[-1][1]
    scrawl(s, b[0] + mm(8), b[1] + mm(5), f"{person_name(rng)}　{d.month}月{d.day}日", rng, size=40, face="wenkai",
           ink=(20, 20, 20))
    seal(s, b[2] - mm(45), b[1] - mm(6), "甘肃省定西市安定区人民法院刑事审判庭", rng, radius=mm(19))
    t = Sheet()
    y = form_title(t, "移送执行说明", court="")
    f = font("serif", 38)
    text = (f"本院{c.basis_number}刑事判决已于{cn_date(c.basis_effective)}发生法律效力。被告人{r.name}被判处罚金"
            f"{c.extra['fine']:,.0f}元，并责令退赔被害人经济损失共计{c.extra['restitution']:,.0f}元，扣押赃款"
            f"{c.extra['seized']:,.0f}元予以追缴发还。判决生效后，被告人未缴纳罚金，亦未退赔。依照《最高人民法院关于刑事裁判涉"
            "财产部分执行的若干规定》第七条的规定，现将本案财产部分移送执行局执行。附：刑事判决书、被执行人财产状况说明各一份。")
    for k, part in enumerate(wrap(text, f, t.width - LEFT - RIGHT, indent=f.size * 2)):
        t.text(LEFT + (f.size * 2 if k == 0 else 0), y, part, f)
        y += 66
    y += 100
    t.right(t.width - RIGHT, y, "刑事审判庭", f)
    seal(t, t.width - RIGHT - mm(30), y + 10, "甘肃省定西市安定区人民法院刑事审判庭", rng, radius=mm(19))
    t.right(t.width - RIGHT, y + 80, cn_date(d), f)
    t.page_of = (2, 2)
    return [s, t]


def _status(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The convict's own account of his property, written in the 看守所 on its lined 信笺, thumbprinted."""
    r = c.respondent

    def page() -> tuple[Sheet, list[float]]:
        return letter_sheet("定西市看守所", "地址：定西市安定区　监督电话：0932-8212110")

    blocks = [
        ("c", "财产状况说明"),
        ("l", f"本人{r.name}，身份证号{r.id_number}，现在定西市看守所，对本人的财产情况说明如下："),
        ("p", "一、存款：我名下只有农商行一张卡，里面没有钱了，微信零钱几十块。"),
        ("p", "二、房子：我和老婆住的房子在城里，是老婆娘家的，不是我的。老家的老房子是父母的。"),
        ("p", "三、车：有一辆旧三轮车，在老家院子里。"),
        ("p", "四、收的种薯订金，公安扣了一部分，其余还账了，没有了。"),
        ("p", f"五、罚金和退赔款，我让家里人想办法，我老婆{c.extra['wife']}可以联系，电话{r.phone}。"),
        ("l", "以上情况属实。"),
        ("r", f"说明人：{r.name}"), ("r", num_date(d)),
    ]
    sheets, last, y = write_lines(page, blocks, rng, x0=mm(22), x1=page()[0].width - mm(22), size=42, face="wenkai",
                                  ink=(40, 40, 48))
    fingerprint(last, last.width - mm(48), y - mm(30), rng)
    return _folio_hand(sheets)

