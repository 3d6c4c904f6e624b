"""What 城东区法院执行局 receives, each in its maker's hand: the entrusting 石渠县人民法院's 委托执行函 under a red
letterhead and its judgment and certificate in 文楷 with "－n－" folios; this court's civil division's 调解书 and judgment
in AR PL 明体; lawyers' typed applications in 楷体 under a rule; a 律师事务所函; the laminated cards the window laid on its
counter and photographed (身份证 front and back, 营业执照副本, 律师执业证); a 祁连 village committee's handwritten
certificate of kin; the herder's 授权委托书 with a red thumbprint; the window's printed forms filled in ballpoint; the
非税 slips of 四川 and 青海; the 查控 printout; a bank's receipts; the settlement and the guarantor's 执行担保书 with his
不动产权证书 copied behind it."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, mm, seal, text_width
from dossier.corpus.families.court_hl_kit import (
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    HlSheet,
    fingerprint,
    folio,
    form_title,
    label,
    right_cells,
    ruled,
    scrawl,
    scrawl_lines,
    tilt_paste,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "transfer_statement", "enforcement_application", "enforcement_basis", "effectiveness_certificate",
    "property_clue_form", "fee_receipt", "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license",
    "kinship_proof", "payment_account_confirmation", "service_address_confirmation", "property_declaration_form",
    "online_inquiry_result", "settlement_agreement", "payment_voucher", "evidence",
})
ENTRUSTING = "四川省石渠县人民法院"
COUNTER = (188, 182, 168)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_hl import made_on

    t = str(c.extra["tale"])
    d = made_on(c, code)
    if code == "transfer_statement":
        return _entrust_letter(c, rng, d)
    if code == "enforcement_basis":
        if t == "yak":
            return _shiqu_judgment(c, rng)
        return _mediation(c, rng) if t == "herd" else _rug_judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
    if code == "enforcement_application":
        return _handwritten_application(c, rng) if t == "herd" else _typed_application(c, rng)
    if code == "power_of_attorney":
        return _herder_attorney(c, rng) if t == "herd" else _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence_booklet(c, rng)
    if code == "kinship_proof":
        return _village_certificate(c, rng)
    if code == "identity_proof":
        who = "respondent" if "respondent" in served else "guarantor" if "guarantor" in served else "applicant"
        p: Party = c.respondent if who == "respondent" else c.extra["guarantor"] if who == "guarantor" else c.applicant
        return _licence_scene(p, c, rng) if p.kind == "organisation" else _id_scene(p, c, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _guarantee(c, rng) if "guarantee" in served else _settlement(c, rng, d)
    if code == "payment_voucher":
        return _vouchers(c, rng)
    if code == "evidence":
        return _withdrawal(c, rng, d)
    raise KeyError(code)


def _who(c: CaseCtx, p: Party) -> str:
    from dossier.corpus.families.court_hl import nation

    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{nation(c, p)}，{born.year}年{born.month}月{born.day}日出生，住{p.address}，公民身份号码{p.id_number}。"


def _letterhead(s: Sheet, name: str, *, y: float = TOP - mm(6)) -> float:
    s.centred(y, name, font("serif_bold", 70), fill=RED, spacing=6)
    s.line(LEFT - mm(8), y + 104, s.width - RIGHT + mm(8), y + 104, width=7, fill=RED)
    return y + 130


def _shiqu_run(s: Sheet) -> Flow:
    return Flow([s], 0.0, left=mm(28), right=mm(26), top=mm(28))


def _entrust_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """委托执行函 of the 石渠 court: red letterhead, 文楷 body, the papers it sends listed, the court's seal."""
    a, r = c.applicant, c.respondent
    s = HlSheet()
    y = _letterhead(s, ENTRUSTING)
    s.right(s.width - mm(26), y + 10, c.extra["entrust_no"], font("wenkai", 38))
    s.centred(y + 90, "委托执行函", font("hei", 66), spacing=30)
    run = _shiqu_run(s)
    run.y = y + 210
    f = font("wenkai", 41)
    papers = ["申请执行书", f"{c.basis_number}民事判决书（副本）及生效证明书", "委托执行案件审批表",
              "本院财产调查材料（被执行人在本辖区无财产可供执行的说明）", "申请执行人、被执行人身份证明及联系方式",
              "申请执行人委托代理手续", "申请执行费交纳凭证"]
    paras = [("t", f"{COURT}："),
             ("p", f"申请执行人{a.name}与被执行人{r.name}买卖合同纠纷一案，本院作出的{c.basis_number}民事判决书已经发生法律效力。"
                   f"申请执行人于{cn_date(c.day(-58))}向本院申请强制执行，本院立案后查明，被执行人住所地及主要财产均在你院辖区"
                   "（青海省西宁市城东区），在本院辖区内无财产可供执行。"),
             ("p", "依照《最高人民法院关于委托执行若干问题的规定》第一条的规定，现将该案委托你院执行。执行标的"
                   f"{money(c.amount)}，本院未执行到位，未采取财产保全措施。请你院收到本函后依法立案执行，并将立案情况及"
                   "执行结果函告本院。本院对该案已作销案处理。"),
             ("t", "附送材料：")]
    for kind, text in paras:
        if kind == "t":
            run.line(text, f, lead=70)
        else:
            run.para(text, f, lead=70, indent=f.size * 2)
    for i, p in enumerate(papers, 1):
        run.para(f"{i}．{p}", font("wenkai", 38), lead=60, indent=f.size * 2, hang=f.size * 3)
    run.line(f"本院联系人：{c.extra['entrust_officer']}　　电话：0836-8{rng.randint(100000, 999999)}", font("wenkai", 36), lead=64)
    run.room(260)
    last = run.s
    yy = run.y + 70
    when = cn_date(d)
    last.right(last.width - mm(34), yy, when, f)
    seal(last, last.width - mm(34) - text_width(when, f) / 2, yy + 10, ENTRUSTING, rng, radius=mm(21))
    return _dash_folio(run.sheets)


def _dash_folio(sheets: list[Sheet]) -> list[Sheet]:
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - mm(15), f"－{i}－", font("wenkai", 32))
            if i > 1:
                s.page_of = (i, n)
    return sheets


def _shiqu_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(35, 50))
    kilos = int(c.amount / Decimal(68))
    story = (f"2022年9月至2023年1月，原告分六批向被告供应冷冻牦牛肉{kilos}公斤，每公斤68元，由被告派冷藏车到石渠县"
             f"尼呷镇提货。被告收货后仅支付部分货款，经双方对账，被告尚欠货款{c.amount:,.2f}元，出具对账单一份。")
    paras = [
        ("h", f"原告：{_who(c, a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(c, r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用简易程序，"
              f"于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}到庭参加诉讼，被告经传票传唤无正当理由"
              "拒不到庭，本院依法缺席审理。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：判令被告支付牦牛肉货款{c.amount:,.2f}元；本案诉讼费用由被告负担。事实与理由：{story}"),
        ("p", "被告未作答辩，亦未提交证据。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", "本院认为，原、被告之间的买卖合同关系依法成立并有效。原告已按约交付货物，被告应当按约支付价款。依照《中华人民共和国"
              "民法典》第五百七十七条、第六百二十六条，《中华人民共和国民事诉讼法》第一百四十七条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十五日内支付原告{a.name}货款{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 200 + 25}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于四川省甘孜"
              "藏族自治州中级人民法院。"),
    ]
    s = HlSheet()
    s.centred(TOP, ENTRUSTING, font("serif_bold", 54), spacing=6)
    s.centred(TOP + 90, "民事判决书", font("serif_bold", 80), spacing=30)
    run = _shiqu_run(s)
    run.y = TOP + 220
    run.line(c.basis_number, font("wenkai", 40), lead=86, flush_right=True)
    f = font("wenkai", 40)
    for kind, text in paras:
        run.para(text, f, lead=68, indent=0 if kind == "h" else f.size * 2, hang=f.size * 2 if kind == "h" else 0)
    run.room(400)
    last, y = run.s, run.y + 50
    x = last.width - mm(96)
    last.text(x, y, f"审 判 员　{person_name(rng)}", f)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(16, 22)))
    last.text(x, y + 90, when, f)
    seal(last, x + text_width(when, f) / 2, y + 100, ENTRUSTING, rng, radius=mm(20))
    last.text(x, y + 180, f"书 记 员　{person_name(rng)}", f)
    last.text(mm(28), y + 250, "本件与原本核对无异", font("wenkai", 32))
    return _dash_folio(run.sheets)


def _civil_paper(c: CaseCtx, rng: random.Random, title: str, paras: list[tuple[str, str]], number: str,
                 signers: list[tuple[str, str]], when: date) -> list[Sheet]:
    """This court's civil division: AR PL 明体, the court's full name over a spaced title, the number right."""
    s = HlSheet()
    s.centred(TOP, COURT, font("ming", 56), spacing=4)
    s.centred(TOP + 90, title, font("ming", 82), spacing=28)
    run = Flow([s], TOP + 220, left=mm(29), right=mm(27))
    run.line(number, font("ming", 40), lead=86, flush_right=True)
    f = font("ming", 41)
    for kind, text in paras:
        run.para(text, f, lead=70, indent=0 if kind == "h" else f.size * 2, hang=f.size * 2 if kind == "h" else 0)
    run.room(120 + 76 * len(signers) + 200)
    last, y = run.s, run.y + 50
    x = last.width - mm(98)
    for role, name in signers:
        last.text(x, y, f"{role}　{name}", f)
        y += 76
    day = cn_date(when)
    last.text(x, y + 16, day, f)
    seal(last, x + text_width(day, f) / 2, y + 26, COURT, rng, radius=mm(20))
    last.text(x, y + 100, f"书 记 员　{person_name(rng)}", f)
    for i, sh in enumerate(run.sheets, 1):
        if len(run.sheets) > 1:
            sh.right(sh.width - mm(27), sh.height - mm(16), f"第{i}页", font("ming", 30))
            if i > 1:
                sh.page_of = (i, len(run.sheets))
    return run.sheets


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    paid: Decimal = c.extra["paid_before"]
    total = c.amount + paid
    when = c.basis_effective - timedelta(days=rng.randint(1, 3))
    crash = when - timedelta(days=rng.randint(150, 220))
    paras = [
        ("h", f"原告：{_who(c, a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.extra['nation'].get(c.agent, '藏族')}，系原告之子，住{a.address}。"),
        ("h", f"被告：{_who(c, r)}"),
        ("p", f"案由：{c.extra['cause']}"),
        ("p", f"原告诉称：{num_date(crash)}，被告雇佣的驾驶员驾驶被告所有的{c.extra['plate']}号重型半挂牵引车沿国道227线行驶至"
              "大通县境内时，与原告驾驶的摩托车相撞，致原告左股骨骨折、摩托车损坏。交警部门认定驾驶员负事故主要责任。原告"
              "请求判令被告赔偿医疗费、误工费、护理费、残疾赔偿金等各项损失。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}赔偿原告{a.name}各项损失共计{total:,.2f}元，于本调解书签收时支付{paid:,.2f}元，"
              f"余款{c.amount:,.2f}元于{num_date(when + timedelta(days=30))}前一次性付清；"),
        ("p", "二、被告逾期未付余款的，原告有权就余款一次性申请强制执行；"),
        ("p", "三、原告放弃其他诉讼请求；"),
        ("p", "四、案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    return _civil_paper(c, rng, "民事调解书", paras, c.basis_number, [("审 判 员", person_name(rng))], when)


def _rug_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    rooms = int(c.extra["rooms"])
    story = (f"2022年4月，原、被告签订《藏毯订购合同》，约定原告为被告酒店{rooms}间客房及宴会厅定制手工藏毯，总价款"
             f"{c.amount + 60000:,.2f}元。原告于2022年7月交货安装完毕，被告仅支付60,000.00元，余款{c.amount:,.2f}元经多次催要未付。")
    paras = [
        ("h", f"原告：{_who(c, a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(c, r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后依法适用简易程序公开开庭进行了审理。原告的委托诉讼代理人"
              f"{c.agent}，被告的法定代表人{r.legal_rep}到庭参加诉讼。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：判令被告支付藏毯货款{c.amount:,.2f}元。事实和理由：{story}"),
        ("p", "被告辩称，对欠款无异议，但部分藏毯存在褪色问题，请求减少价款。"),
        ("p", f"本院经审理认定事实如下：{story}被告未就其所称质量问题提交证据，亦未在合同约定的验收期内提出异议。"),
        ("p", "本院认为，当事人应当按照约定全面履行自己的义务。依照《中华人民共和国民法典》第五百零九条、第六百二十一条、"
              "第六百二十六条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内向本院递交上诉状，上诉于青海省西宁市中级人民法院。"),
    ]
    when = c.basis_effective - timedelta(days=rng.randint(17, 24))
    return _civil_paper(c, rng, "民事判决书", paras, c.basis_number, [("审 判 员", person_name(rng))], when)


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    t = str(c.extra["tale"])
    if t == "yak":
        s = HlSheet()
        y = _letterhead(s, ENTRUSTING)
        s.centred(y + 70, "生效证明书", font("hei", 66), spacing=24)
        run = _shiqu_run(s)
        run.y = y + 200
        f = font("wenkai", 41)
        run.para(f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案的民事判决书，已于"
                 f"{cn_date(c.basis_effective)}发生法律效力。", f, lead=70, indent=f.size * 2)
        run.para("特此证明。", f, lead=70, indent=f.size * 2)
        when = cn_date(c.basis_effective + timedelta(days=rng.randint(10, 30)))
        yy = run.y + 120
        s.right(s.width - mm(34), yy, when, f)
        seal(s, s.width - mm(34) - text_width(when, f) / 2, yy + 10, ENTRUSTING, rng, radius=mm(21))
        return [s]
    kind = "民事调解书" if t == "herd" else "民事判决书"
    how = ("经双方当事人签收，" if t == "herd" else "送达后双方当事人在法定期限内均未提起上诉，")
    return _civil_paper(c, rng, "生效证明书", [
        ("p", f"本院受理的{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案，本院{c.basis_number}{kind}，{how}已于"
              f"{cn_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。"),
    ], c.basis_number, [("经 办 人", person_name(rng))],
        c.filed_on - timedelta(days=rng.randint(3, 8)))


def _typed_application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A lawyer's typed application: the title in 黑体 over a full rule, 楷体 body, the requests numbered."""
    a, r = c.applicant, c.respondent
    yak = c.extra["tale"] == "yak"
    s = HlSheet()
    s.centred(TOP, "申请执行书", font("sans_bold", 68), spacing=20)
    s.line(mm(24), TOP + 100, s.width - mm(24), TOP + 100, width=3)
    run = Flow([s], TOP + 140, left=mm(24), right=mm(24))
    f = font("kai", 43)
    rows = [("h", f"申请执行人：{_who(c, a)}电话：{a.phone}。"),
            ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
            ("h", f"被执行人：{_who(c, r)}"),
            ("t", "执行请求："),
            ("p", f"1．强制被执行人支付货款{money(c.amount)}；"),
            ("p", "2．强制被执行人加倍支付迟延履行期间的债务利息；"),
            ("p", "3．对被执行人及其法定代表人采取限制消费措施；被执行人有履行能力拒不履行的，将其纳入失信被执行人名单；"),
            ("p", "4．执行费用由被执行人负担。"),
            ("t", "事实和理由："),
            ("p", f"{c.basis_court}{c.basis_number}民事判决书已发生法律效力，被执行人未在判决确定的期限内履行付款义务。"
                  + ("被执行人住所地及财产均在青海省西宁市，申请执行人同意贵院将本案委托被执行人财产所在地法院执行。" if yak else
                     "被执行人仍在正常营业，有履行能力。") + "为此，依照《中华人民共和国民事诉讼法》第二百四十七条的规定，申请强制执行。"),
            ("t", "此致"), ("t", ENTRUSTING if yak else COURT)]
    for kind, text in rows:
        if kind == "t":
            run.line(text, f, lead=74)
        else:
            run.para(text, f, lead=74, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 3 if kind == "h" else 0)
    run.room(240)
    last, y = run.s, run.y + 40
    last.text(last.width - mm(104), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(44), y + 20, a.name, rng, radius=mm(19))
    else:
        scrawl(last, last.width - mm(60), y - 6, a.name, rng, size=54, ink=INK, face="kai")
        fingerprint(last, last.width - mm(20), y + 24, rng)
    scrawl(last, last.width - mm(90), y + 96, num_date(c.day(-58) if yak else c.day(-2)), rng, size=44, ink=INK)
    return run.sheets


def _grid_paper(s: Sheet, x0: float, y0: float, cols: int, rows: int, cell: float) -> None:
    """稿纸: a grid of pale green squares."""
    green = (120, 170, 130)
    for r in range(rows):
        y = y0 + r * cell * 1.25
        s.box(x0, y, x0 + cols * cell, y + cell, width=1, outline=green)
        for k in range(1, cols):
            s.line(x0 + k * cell, y, x0 + k * cell, y + cell, width=1, fill=green)


def _handwritten_application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The son's application written in ballpoint on 稿纸, one character to a square."""
    a, r = c.applicant, c.respondent
    s = HlSheet(way="window")
    cols, cell = 20, mm(8.2)
    x0, y0 = (s.width - cols * cell) / 2, mm(22)
    nrows = int((s.height - y0 - mm(20)) / (cell * 1.25))
    _grid_paper(s, x0, y0, cols, nrows, cell)
    text = [("c", "强制执行申请书"),
            ("p", f"申请执行人：{a.name}，男，藏族，住{a.address}，身份证号{a.id_number}。"),
            ("p", f"委托代理人：{c.agent}，系申请执行人之子，电话{c.agent_phone}。"),
            ("p", f"被执行人：{r.name}，住所地{r.address}，法定代表人{r.legal_rep}。"),
            ("p", f"请求事项：1.强制执行被执行人支付赔偿款{c.amount:,.2f}元；2.对被执行人限制高消费，纳入失信名单。"),
            ("p", f"事实理由：西宁市城东区人民法院{c.basis_number}民事调解书确定被执行人分期赔偿，被执行人至今未付余款，"
                  "特申请强制执行。"),
            ("p", "此致"), ("f", "西宁市城东区人民法院"), ("r", f"申请人：{a.name}　代：{c.agent}"), ("r", num_date(c.day(-2)))]
    row = 0
    f = font("kai", int(cell * 0.8))
    for kind, line in text:
        if row >= nrows:
            break
        if kind == "c":
            start = (cols - len(line)) // 2
            chunks = [line]
        elif kind == "r":
            start = max(0, cols - len(line) - 1)
            chunks = [line]
        else:
            start = 2 if kind == "p" else 0
            chunks, rest = [], line
            width = cols - start
            while rest:
                chunks.append(rest[:width])
                rest = rest[width:]
                width = cols
        for k, chunk in enumerate(chunks):
            if row >= nrows:
                break
            s.lines.append(chunk)
            col0 = start if k == 0 else 0
            y = y0 + row * cell * 1.25
            for j, ch in enumerate(chunk):
                scrawl(s, x0 + (col0 + j) * cell + cell * 0.1, y + cell * 0.02, ch, rng, size=int(f.size), ink=BLACK_PEN,
                       face="kai", record=False)
            row += 1
    fingerprint(s, x0 + cols * cell - mm(12), y0 + (row - 1.5) * cell * 1.25, rng)
    return [s]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = HlSheet()
    s.centred(TOP + 6, "授 权 委 托 书", font("sans_bold", 66), spacing=10)
    run = Flow([s], TOP + 150, left=mm(26), right=mm(24))
    f = font("kai", 42)
    scope = ("特别授权：代为申请执行、提交及签收法律文书、提供财产线索、参加执行和解并签订和解协议、代收执行款、"
             "撤回执行申请。" if c.extra["tale"] == "rug" else
             "特别授权：代为申请执行、参与委托执行程序、提供财产线索、参加执行和解、代为签收法律文书及代收执行款。")
    for kind, text in [("h", f"委托人：{_who(c, a)}"), ("h", f"受委托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
                       ("p", f"现委托上列受委托人在{a.name}与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。"),
                       ("p", f"代理权限：{scope}"), ("p", "委托期限：至本案执行终结时止。")]:
        run.para(text, f, lead=74, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 3 if kind == "h" else 0)
    y = run.y + 80
    s.text(mm(26), y, "委托人：", f)
    if a.kind == "organisation":
        seal(s, mm(80), y + 40, a.name, rng, radius=mm(19))
        scrawl(s, mm(50), y + 90, a.legal_rep, rng, size=50, ink=INK, face="kai")
    else:
        scrawl(s, mm(50), y - 6, a.name, rng, size=56, ink=INK, face="kai")
        fingerprint(s, mm(98), y + 20, rng)
    s.text(s.width - mm(110), y, "受委托人：", f)
    scrawl(s, s.width - mm(70), y - 6, c.agent, rng, size=54, ink=INK, face="wenkai")
    scrawl(s, s.width - mm(100), y + 200, num_date(c.day(-60) if c.extra["tale"] == "yak" else c.day(-4)), rng,
           size=44, ink=INK)
    return [s]


def _herder_attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The window's printed 授权委托书 (citizen agent), filled in ballpoint by the son; the father's thumbprint."""
    a = c.applicant
    s = HlSheet(way="window")
    y = form_title(s, "授权委托书（公民代理）", issuer=COURT, size=54)
    w = s.width - LEFT - RIGHT
    rows = [["案　号", c.number], ["委托人", ""], ["身份证号", ""], ["受托人", ""], ["身份证号", ""],
            ["与委托人关系", ""], ["代理事项", ""], ["代理权限", ""]]
    hs = [mm(15), mm(15), mm(15), mm(15), mm(15), mm(15), mm(24), mm(34)]
    boxes = ruled(s, LEFT, y, [mm(40), w - mm(40)], rows, label(34), heights=hs)
    cells = right_cells(boxes, LEFT)
    fill = [None, a.name, a.id_number, c.agent, c.extra["agent_id"], "父子（受托人系委托人之子）",
            f"{a.name}申请执行{c.respondent.name}{c.extra['cause']}一案",
            "特别授权：代为申请执行，提交、签收法律文书，提供财产线索，参加谈话，代收执行款。"]
    for val, b in zip(fill, cells, strict=True):
        if val:
            scrawl_lines(s, b[0] + mm(3), b[1] + mm(3), val, rng, width=b[2] - b[0] - mm(8), size=38, ink=BLACK_PEN,
                         face="kai", lead=mm(8))
    y = boxes[-1][3] + mm(16)
    s.text(LEFT, y, "委托人（签名并捺印）：", label(34))
    scrawl(s, LEFT + mm(62), y - 8, a.name, rng, size=50, ink=BLACK_PEN, face="kai", slant=4)
    fingerprint(s, LEFT + mm(110), y + 14, rng)
    s.text(LEFT, y + mm(18), "受托人（签名）：", label(34))
    scrawl(s, LEFT + mm(48), y + mm(18) - 8, c.agent, rng, size=50, ink=BLACK_PEN, face="kai")
    scrawl(s, s.width - RIGHT - mm(60), y + mm(34), num_date(c.day(-2)), rng, size=40, ink=BLACK_PEN)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = HlSheet()
    navy = (26, 48, 110)
    s.text(LEFT - mm(6), TOP - mm(8), c.firm, font("serif_bold", 60), fill=navy)
    s.line(LEFT - mm(6), TOP + 64, s.width - RIGHT + mm(6), TOP + 64, width=3, fill=navy)
    s.text(LEFT - mm(6), TOP + 78, c.extra["firm_addr"], font("sans", 28), fill=navy)
    yak = c.extra["tale"] == "yak"
    prov = "川" if yak else "青"
    s.right(s.width - RIGHT, TOP + 170, f"（{c.filed_on.year}）{prov}{'贡' if '贡嘎' in c.firm else '律'}执字第{rng.randint(8, 90)}号",
            font("serif", 36))
    s.centred(TOP + 250, "律 师 事 务 所 函", font("sans_bold", 60))
    run = Flow([s], TOP + 370, left=mm(26), right=mm(24))
    f = font("serif", 41)
    run.line(f"{ENTRUSTING if yak else COURT}：", f, lead=74)
    run.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}一案执行阶段"
             "的代理人" + ("，代为申请执行及参与委托执行程序" if yak else "，代为申请执行") + "。", f, lead=74, indent=f.size * 2)
    run.para("特此函告。", f, lead=74, indent=f.size * 2)
    run.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", font("serif", 34), lead=60)
    y = run.y + 120
    when = num_date(c.day(-60) if yak else c.day(-3))
    s.right(s.width - RIGHT - mm(10), y, when, f)
    seal(s, s.width - RIGHT - mm(40), y - 10, c.firm, rng, radius=mm(20))
    return [s]


def _scene(size: tuple[int, int]) -> HlSheet:
    """The filing window's counter (a beige laminate top) under the phone, the cards laid on it."""
    return HlSheet(size=size, paper=COUNTER, way="card")


def _laminated(card: Sheet, rng: random.Random) -> Image.Image:
    """A card sealed in clear plastic: a film a few mm larger than the card, its edge a light rim."""
    pad = mm(3.5)
    w, h = card.width + 2 * pad, card.height + 2 * pad
    film = Image.new("RGB", (w, h), (212, 214, 214))
    from PIL import ImageDraw

    d = ImageDraw.Draw(film)
    d.rounded_rectangle((0, 0, w - 1, h - 1), radius=mm(3), outline=(236, 238, 240), width=4)
    film.paste(card.image, (pad, pad))
    d.rounded_rectangle((pad - 2, pad - 2, pad + card.width + 1, pad + card.height + 1), radius=mm(3),
                        outline=(150, 150, 150), width=2)
    del rng
    return film


def _put(scene: HlSheet, card: Sheet, cx: float, cy: float, angle: float, rng: random.Random,
         zone: tuple[float, float, float, float]) -> None:
    scene.lines.extend(card.lines)
    box = tilt_paste(scene.image, _laminated(card, rng), cx, cy, angle)
    scene.laminate.append(box)
    scene.glare_zones.append(zone)


def _id_scene(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Both faces of the laminated 居民身份证, side by side on the counter, drawn half again as large as life."""
    from dossier.corpus.families.court_hl import nation

    k = 1.5
    w, h = mm(85.6 * k), mm(54 * k)
    front = Sheet(size=(w, h), paper=(236, 238, 230))
    grey = (96, 96, 96)
    lab, val = font("hei", int(26 * k)), font("hei", int(31 * k))
    born = p.born or date(1980, 1, 1)
    y = mm(6 * k)
    for name, value in [("姓　名", p.name), ("性　别", f"{p.sex}　　民族　{nation(c, p).removesuffix('族')}"),
                        ("出　生", f"{born.year}年{born.month}月{born.day}日")]:
        front.text(mm(5 * k), y + 4, name, lab, fill=grey)
        front.text(mm(18 * k), y, value, val)
        y += mm(8 * k)
    front.text(mm(5 * k), y + 4, "住　址", lab, fill=grey)
    for part in [p.address[i:i + 11] for i in range(0, len(p.address), 11)]:
        front.text(mm(18 * k), y, part, val)
        y += mm(5.4 * k)
    front.text(mm(5 * k), h - mm(10 * k), "公民身份号码", lab, fill=grey)
    front.text(mm(27 * k), h - mm(11 * k), p.id_number, font("mono", int(36 * k)))
    front.draw.rectangle((w - mm(29 * k), mm(8 * k), w - mm(5 * k), mm(38 * k)), fill=(150, 152, 158))
    back = Sheet(size=(w, h), paper=(226, 234, 238))
    back.draw.ellipse((mm(5 * k), mm(5 * k), mm(21 * k), mm(21 * k)), outline=(190, 60, 50), width=5)
    back.text(mm(29 * k), mm(9 * k), "中华人民共和国", font("hei", int(38 * k)))
    back.text(mm(22 * k), mm(21 * k), "居民身份证", font("hei", int(56 * k)), spacing=12)
    office = {"632222": "祁连县公安局", "513332": "石渠县公安局"}.get(p.id_number[:6], "西宁市公安局城东分局")
    back.text(mm(10 * k), h - mm(17 * k), f"签发机关　{office}", lab)
    start = rng.randint(2013, 2021)
    back.text(mm(10 * k), h - mm(10 * k), f"有效期限　{start}.0{rng.randint(1, 9)}.{rng.randint(10, 28)}-长期"
              if born.year < 1975 else f"有效期限　{start}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-{start + 20}"
              f".0{rng.randint(1, 9)}.1{rng.randint(0, 9)}", lab)
    scene = _scene((mm(200), mm(210)))
    _put(scene, front, scene.width * 0.5 + rng.uniform(-20, 20), mm(58), rng.uniform(-3, 3), rng, (0.68, 0.15, 0.9, 0.6))
    _put(scene, back, scene.width * 0.5 + rng.uniform(-20, 20), mm(152), rng.uniform(-3, 3), rng, (0.1, 0.1, 0.9, 0.55))
    return [scene]


def _licence_scene(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The laminated 营业执照（副本） on the counter, then the company's 法定代表人身份证明书 on the flatbed."""
    card = Sheet(size=(mm(190), mm(134)), paper=(246, 242, 232))
    frame = (168, 120, 60)
    card.box(mm(4), mm(4), card.width - mm(4), card.height - mm(4), width=6, outline=frame)
    card.centred(mm(9), "营 业 执 照", font("serif_bold", 78), fill=(170, 30, 30))
    card.centred(mm(27), "（副　本）", font("serif", 34))
    card.text(mm(12), mm(38), f"统一社会信用代码　{p.id_number}", font("serif", 34))
    trade = ("肉制品加工；牦牛肉干、风干肉制品生产销售；冷链仓储" if "牦牛" in p.name else
             "道路普通货物运输；货物专用运输（冷藏保鲜）" if "运输" in p.name else
             "手工藏毯、地毯织造及销售；民族工艺品销售" if "藏毯" in p.name else "住宿；餐饮服务；会议服务")
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", trade), ("注册资本", f"{rng.choice([100, 200, 500, 1000])}万元人民币"),
            ("成立日期", f"{rng.randint(2006, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    y: float = mm(48)
    f = font("serif", 33)
    for lab, val in rows:
        card.text(mm(14), y, lab, f)
        card.text(mm(48), y, val[:26], f)
        y += mm(10.5)
    card.text(card.width - mm(64), card.height - mm(30), "登记机关", f)
    seal(card, card.width - mm(36), card.height - mm(30), "西宁市城东区市场监督管理局", rng, radius=mm(16))
    card.text(card.width - mm(70), card.height - mm(16), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    scene = _scene((mm(214), mm(160)))
    _put(scene, card, scene.width / 2 + rng.uniform(-12, 12), scene.height / 2 + rng.uniform(-10, 10),
         rng.uniform(-2.5, 2.5), rng, rng.choice([(0.7, 0.72, 0.92, 0.92), (0.15, 0.05, 0.85, 0.16)]))
    s = HlSheet()
    s.centred(TOP + mm(6), "法定代表人身份证明书", font("sans_bold", 58), spacing=6)
    run = Flow([s], TOP + mm(34), left=mm(26), right=mm(24))
    bf = font("kai", 42)
    run.para(f"{p.legal_rep}，在我公司任{'执行董事' if '酒店' in p.name else '执行董事兼总经理'}职务，系我公司法定代表人。",
             bf, lead=76, indent=84)
    run.para("特此证明。", bf, lead=76, indent=84)
    run.para(f"单位名称：{p.name}", bf, lead=76)
    run.para(f"统一社会信用代码：{p.id_number}", bf, lead=76)
    y = run.y + 100
    s.right(s.width - mm(30), y, num_date(c.filed_on - timedelta(days=rng.randint(3, 9))), bf)
    seal(s, s.width - mm(60), y - 10, p.name, rng, radius=mm(19))
    s.starts_document = True
    return [scene, s]


def _licence_booklet(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 open at its holder's leaves, the inner film over them, laid on the counter."""
    yak = c.extra["tale"] == "yak"
    k = 1.35
    leaf = Sheet(size=(mm(170 * k * 0.62), mm(108 * k * 0.62)), paper=(238, 236, 226))
    w, h = leaf.width, leaf.height
    f = font("sans", 26)
    half = w // 2
    leaf.line(half, 0, half, h, width=2, fill=(170, 170, 160))
    leaf.draw.rectangle((mm(10), mm(8), mm(36), mm(42)), fill=(160, 160, 166))
    leaf.text(mm(8), mm(48), "持证人", f)
    leaf.text(mm(26), mm(48), c.agent, font("sans", 32))
    leaf.text(mm(8), mm(58), f"性别　{rng.choice('男女')}", f)
    leaf.text(mm(8), mm(67), "执业证类别　专职律师", f)
    x = half + mm(6)
    leaf.text(x, mm(8), "中华人民共和国律师执业证", font("sans_bold", 30))
    for i, (lab, val) in enumerate([("执业机构", c.firm), ("执业证号", c.extra["licence"]),
                                    ("发证机关", "四川省司法厅" if yak else "青海省司法厅"),
                                    ("发证日期", f"{rng.randint(2016, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]):
        leaf.text(x, mm(22 + 12 * i), lab, f)
        leaf.text(x + mm(20), mm(22 + 12 * i) - 2, val, font("sans", 28))
    seal(leaf, x + mm(40), mm(64), "四川省司法厅" if yak else "青海省司法厅", rng, radius=mm(13))
    scene = _scene((mm(210), mm(150)))
    _put(scene, leaf, scene.width / 2 + rng.uniform(-10, 10), scene.height / 2, rng.uniform(-3, 3), rng,
         (0.08, 0.08, 0.3, 0.4))
    return [scene]


def _village_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """祁连 village committee's certificate of kin, written by the committee's clerk on its letter paper, sealed."""
    a = c.applicant
    village = str(c.extra["village"])
    body_name = f"祁连县{village}村民委员会"
    s = HlSheet(way="window", paper=(250, 248, 242))
    s.centred(mm(18), body_name, font("serif_bold", 56), fill=RED, spacing=3)
    s.line(mm(18), mm(32), s.width - mm(18), mm(32), width=3, fill=RED)
    y: float
    s.line(mm(18), mm(33.5), s.width - mm(18), mm(33.5), width=1, fill=RED)
    for k in range(17):
        s.line(mm(18), mm(58) + k * mm(13), s.width - mm(18), mm(58) + k * mm(13), width=1, fill=(200, 170, 170))
    y = mm(46)
    scrawl(s, s.width / 2 - mm(28), y, "亲属关系证明", rng, size=62, ink=BLACK_PEN, face="kai")
    y += mm(15)
    son_born: date = c.extra["agent_born"]
    lines = [f"兹证明{a.name}（身份证号{a.id_number}）系我村村民，{c.agent}（身份证号{c.extra['agent_id']}，"
             f"{son_born.year}年{son_born.month}月出生）系{a.name}之子，二人系父子关系，同户居住。",
             f"{a.name}不识汉字，其与{c.respondent.name}的执行案件委托其子{c.agent}代为办理。",
             "特此证明。"]
    for text in lines:
        y = scrawl_lines(s, mm(24) + (mm(12) if text else 0), y, text, rng, width=s.width - mm(60), size=44,
                         ink=BLACK_PEN, face="kai", lead=mm(13))
    y += mm(14)
    s.text(s.width - mm(110), y, body_name, font("serif", 36))
    seal(s, s.width - mm(70), y + 10, body_name, rng, radius=mm(20))
    scrawl(s, s.width - mm(96), y + mm(16), num_date(c.day(-5)), rng, size=42, ink=BLACK_PEN, face="kai")
    scrawl(s, mm(24), y + mm(34), f"经办人：{person_name(rng)}　电话：0970-867{rng.randint(1000, 9999)}", rng, size=38,
           ink=BLACK_PEN, face="kai")
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    yak = c.extra["tale"] == "yak"
    prov = "四川省" if yak else "青海省"
    court = ENTRUSTING if yak else COURT
    tint = (40, 110, 150) if yak else (150, 60, 60)
    s = HlSheet(size=(mm(210), mm(140)), way="window" if not yak else "flatbed", paper=(252, 250, 244))
    s.centred(mm(8), f"{prov}非税收入一般缴款书", font("serif_bold", 52), fill=tint, spacing=4)
    f = font("sans", 28)
    day = c.day(-57) if yak else c.filed_on
    s.text(mm(10), mm(22), f"No {rng.randint(10**9, 10**10 - 1)}　　缴款码 {rng.randint(10**17, 10**18 - 1)}　　"
           f"填制日期 {day:%Y年%m月%d日}", f, fill=tint)
    fee: Decimal = c.extra["fee"]
    w = s.width - mm(20)
    rows = [["付款人", c.applicant.name, "收款人", f"{'石渠县' if yak else '西宁市城东区'}财政局"],
            ["执收单位", court, "案　号", c.extra["entrust_no"] if yak else c.number],
            ["项目名称", "申请执行费", "金　额", f"{fee:,.2f}"], ["金额（大写）", money_caps(fee)]]
    ruled(s, mm(10), mm(30), [mm(28), mm(66), mm(24), w - mm(118)], rows, f, heights=mm(14), labels=(0, 2), ink=tint)
    s.text(mm(10), mm(92), f"经办人：{person_name(rng)}　　　复核：{person_name(rng)}", f, fill=tint)
    bank = "中国农业银行石渠县支行" if yak else "中国建设银行西宁东关大街支行"
    seal(s, s.width - mm(46), mm(100), bank, rng, radius=mm(17), inner="收讫")
    s.text(mm(10), mm(126), "第一联　收据（缴款人收执）", font("sans", 26), fill=tint)
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The window's forms, printed by the court and filled by the party in ballpoint; the 石渠 forms (the yak case's)
    came with the entrusting court's papers and went through the flatbed."""
    from dossier.corpus.families.court_hl import made_on

    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    issuer = ENTRUSTING if t == "yak" and code != "property_declaration_form" else COURT
    way = "window" if issuer == COURT and code != "property_declaration_form" else "flatbed"
    s = HlSheet(way=way)
    w = s.width - LEFT - RIGHT
    signer = c.agent if c.extra.get("relative") else (a.legal_rep if a.kind == "organisation" else a.name)
    number = c.extra["entrust_no"] if issuer == ENTRUSTING else c.number
    day = made_on(c, "enforcement_application") if issuer == ENTRUSTING else c.filed_on
    if code == "payment_account_confirmation":
        title = "申请执行人收取案款确认书"
        rows = [("案号", number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["in_bank"]),
                ("银行账号", c.extra["in_acct"]), ("联系电话", c.agent_phone if c.extra.get("relative") else a.phone)]
        note = "本人确认以上账户为接收本案执行款的账户；因账户信息有误造成的一切后果由本人承担。"
    elif code == "service_address_confirmation":
        title = "送达地址确认书"
        addr = f"{a.address}（或西宁市城东区{rng.choice(['周家泉', '东关大街'])}{rng.randint(3, 90)}号，{c.agent}转）" \
            if c.extra.get("relative") else a.address
        rows = [("案号", number), ("受送达人", a.name), ("送达地址", addr),
                ("代收人", c.agent), ("手机号码", c.agent_phone), ("是否同意电子送达", "同意，短信送达至上述手机号码")]
        note = "受送达人提供的送达地址不准确，或者地址变更未及时告知法院，致使法律文书未能被实际接收的，文书退回之日视为送达之日。"
    elif code == "property_clue_form":
        title = "被执行人财产线索表"
        clue = {"yak": f"被执行人在{c.extra.get('r_bank', '')}开户，账号{c.extra.get('r_acct', '')}；厂区冷库一座存有牦牛肉",
                "herd": f"被执行人有重型半挂牵引车八辆（含{c.extra.get('plate', '')}），停放在韵家口镇停车场",
                "rug": f"被执行人酒店每日营业收入；{c.extra.get('r_bank', '')}账户"}[t]
        rows = [("案号", number), ("被执行人", r.name), ("统一社会信用代码", r.id_number), ("住所地", r.address),
                ("财产线索", clue), ("线索来源", "申请执行人了解")]
        note = "申请执行人应当如实提供财产线索，对提供虚假线索造成的后果自行承担责任。"
    else:
        title = "被执行人财产申报表"
        signer = r.legal_rep
        issuer = COURT
        day = d
        rows = [("案号", c.number), ("申报人", r.name), ("银行账户", "见附页，余额合计不足壹万元" if t != "herd" else
                                                       "基本户一个，余额八十余元"),
                ("车辆", "无" if t != "herd" else "重型半挂牵引车八辆，均已抵押给融资租赁公司并被查封"),
                ("不动产", "无"), ("对外债权", "应收货款若干，债务人下落不明" if t == "yak" else "无"),
                ("其他财产", "冷库设备（租赁）" if t == "yak" else "无")]
        note = "申报人保证所报内容真实、完整，如有虚假，愿承担法律责任。"
    y = form_title(s, title, issuer=issuer, size=54)
    boxes = ruled(s, LEFT, y, [mm(44), w - mm(44)], [[lab, ""] for lab, _ in rows], label(33),
                  heights=[mm(22) if len(v) > 24 else mm(15) for _, v in rows])
    for (_lab, val), b in zip(rows, right_cells(boxes, LEFT), strict=True):
        scrawl_lines(s, b[0] + mm(3), b[1] + mm(3), val, rng, width=b[2] - b[0] - mm(8), size=38, ink=BLACK_PEN,
                     face="kai", lead=mm(8))
    run = Flow([s], boxes[-1][3] + 36)
    run.para(note, label(30), lead=50, indent=60)
    y = run.y + 70
    s.text(s.width - RIGHT - mm(112), y, "确认人（签名）：", label(34))
    scrawl(s, s.width - RIGHT - mm(56), y - 10, signer, rng, size=52, ink=BLACK_PEN, face="kai", slant=-4)
    scrawl(s, s.width - RIGHT - mm(68), y + 80, num_date(day), rng, size=40, ink=BLACK_PEN)
    if code == "property_declaration_form" or a.kind == "organisation":
        seal(s, s.width - RIGHT - mm(36), y + 30, r.name if code == "property_declaration_form" else a.name, rng,
             radius=mm(18))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 总对总 查控 feedback printed landscape on two sheets: a header band, a narrow monospaced table."""
    r = c.respondent
    t = str(c.extra["tale"])
    mono = font("mono", 27)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("青海银行", "存款"), ("青海农商银行", "存款"),
             ("招商银行", "存款"), ("兴业银行", "存款"), ("支付宝", "网络资金"), ("财付通", "网络资金"),
             ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"), ("中国证券登记结算有限责任公司", "证券"),
             ("市场监督管理总局", "股权"), ("住房公积金", "公积金")]
    rows = [["序号", "查询单位", "财产类型", "反馈结果", "反馈时间"]]
    for i, (unit, kind) in enumerate(units, 1):
        if kind == "车辆" and t == "herd":
            res = "重型半挂牵引车8辆，均有抵押、查封登记"
        elif unit == "青海银行" and t == "yak":
            res = f"余额{(c.amount * Decimal('0.31')):,.2f}"
        elif unit == "青海农商银行" and t == "rug":
            res = f"余额{rng.randint(3000, 9000)}.{rng.randint(10, 99)}"
        elif kind == "存款":
            res = f"余额{rng.randint(0, 90)}.{rng.randint(10, 99)}" if rng.random() < 0.4 else "未开户"
        else:
            res = "无"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 3)):%Y-%m-%d %H:%M}"[:16]])
    sheets: list[Sheet] = []
    for part in (rows[:10], [rows[0], *rows[10:]]):
        s = HlSheet()
        s.draw.rectangle((mm(12), mm(12), s.width - mm(12), mm(36)), fill=(226, 232, 240))
        s.text(mm(16), mm(15), "全国法院网络执行查控系统 · 查询结果反馈", font("sans_bold", 40))
        s.text(mm(16), mm(27), f"案号 {c.number}　被查询人 {r.name}　证照号 {r.id_number}", mono)
        ruled(s, mm(12), mm(44), [mm(14), mm(58), mm(24), mm(62), mm(28)], part, mono, heights=mm(12), labels=(0,))
        s.text(mm(12), s.height - mm(18), f"承办人：{c.officer}　打印：{c.clerk}　{d + timedelta(days=4):%Y-%m-%d}", mono)
        sheets.append(s)
    for i, sh in enumerate(sheets, 1):
        sh.right(sh.width - mm(12), sh.height - mm(18), f"第{i}页 共{len(sheets)}页", mono)
        if i > 1:
            sh.page_of = (i, len(sheets))
    return sheets


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议, typed by the applicant's lawyer in 明体: three parties, two instalments, the guarantee."""
    a, r = c.applicant, c.respondent
    g: Party = c.extra["guarantor"]
    first: Decimal = c.extra["first"]
    s = HlSheet()
    s.centred(TOP, "执行和解协议", font("serif_bold", 70), spacing=16)
    run = Flow([s], TOP + 140, left=mm(26), right=mm(25))
    f = font("ming", 41)
    for kind, text in [
        ("t", f"甲方（申请执行人）：{a.name}"), ("t", f"乙方（被执行人）：{r.name}"), ("t", f"丙方（担保人）：{g.name}"),
        ("p", f"{ENTRUSTING}{c.basis_number}民事判决书由{COURT}受托执行（{c.number}）。经执行法官主持，三方自愿协商达成"
              "如下和解协议："),
        ("p", f"一、乙方欠甲方货款{c.amount:,.2f}元，甲方同意免除迟延履行期间的债务利息；"),
        ("p", f"二、乙方于{num_date(d + timedelta(days=3))}前支付{first:,.2f}元，于{num_date(c.extra['pay_day'])}前支付剩余"
              f"{c.amount - first:,.2f}元，均汇入{COURT}执行款专户；"),
        ("p", f"三、丙方以其所有的位于{c.extra['flat']}的房屋为乙方履行本协议提供担保，另行出具执行担保书；"),
        ("p", "四、乙方未按期足额付款的，甲方可以申请恢复执行原生效判决，法院可以直接执行担保财产；"),
        ("p", "五、本协议一式四份，三方各执一份，交法院附卷一份。"),
    ]:
        if kind == "t":
            run.line(text, f, lead=74)
        else:
            run.para(text, f, lead=74, indent=f.size * 2)
    y = run.y + 70
    for k, (role, name) in enumerate([("甲方", c.agent + "（代）"), ("乙方", r.legal_rep), ("丙方", g.name)]):
        x = mm(26) + k * mm(58)
        s.text(x, y, f"{role}：", f)
        scrawl(s, x + mm(16), y - 6, name, rng, size=46, ink=INK, face="kai")
        if role == "乙方":
            seal(s, x + mm(28), y + 40, r.name, rng, radius=mm(17))
        if role == "丙方":
            fingerprint(s, x + mm(44), y + 20, rng)
    s.text(mm(26), y + 140, f"签订日期：{num_date(d)}", f)
    scrawl(s, mm(26), y + 240, f"乙方已于{c.extra['pay_day'].month}月{c.extra['pay_day'].day}日付清，协议履行完毕。"
           f"{c.officer}", rng, size=40, ink=(30, 40, 120))
    return [s]


def _guarantee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The guarantor's 执行担保书, written out on the bureau's lined form, and behind it the copy of his 不动产权证书."""
    from dossier.corpus.families.court_hl import made_on, nation

    g: Party = c.extra["guarantor"]
    r = c.respondent
    d = made_on(c, "settlement_agreement")
    s = HlSheet(way="window")
    y = form_title(s, "执行担保书", issuer=COURT, size=64)
    s.right(s.width - RIGHT, y - 24, f"（{c.number}）", font("serif", 32))
    y += 20
    run = Flow([s], y)
    f = font("serif", 39)
    born = g.born or date(1975, 1, 1)
    for kind, text in [
        ("h", f"担保人：{g.name}，{g.sex}，{nation(c, g)}，{born.year}年{born.month}月{born.day}日出生，公民身份号码{g.id_number}，"
              f"住{g.address}，电话{g.phone}。"),
        ("h", f"被担保人（被执行人）：{r.name}，法定代表人{r.legal_rep}。"),
        ("p", f"贵院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，双方已于{num_date(d)}达成执行和解协议。担保人自愿"
              f"为被执行人履行该协议提供担保：被执行人未于{num_date(c.extra['pay_day'])}前付清{money(c.amount)}的，担保人以下列"
              "财产承担担保责任，贵院可以直接裁定执行该财产，担保人不持异议。"),
        ("h", f"担保财产：位于{c.extra['flat']}的住宅一套，建筑面积{c.extra['flat_area']}平方米，不动产权证书号"
              f"{c.extra['flat_cert']}（复印件附后），该房屋无抵押、无查封。"),
        ("p", "担保期间：自本担保书出具之日起至和解协议履行完毕之日止。"),
        ("p", "担保人的配偶已知悉并同意以上担保。"),
    ]:
        run.para(text, f, lead=68, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    yy = run.y + 60
    s.text(s.width - mm(120), yy, "担保人（签名、捺印）：", label(34))
    scrawl(s, s.width - mm(60), yy + 60, g.name, rng, size=54, ink=BLACK_PEN, face="kai", slant=-5)
    fingerprint(s, s.width - mm(26), yy + 80, rng)
    scrawl(s, s.width - mm(96), yy + 150, num_date(d), rng, size=42, ink=BLACK_PEN)
    s.text(LEFT, yy + 240, "配偶（签名）：", label(34))
    scrawl(s, LEFT + mm(40), yy + 232, person_name(rng), rng, size=48, ink=BLACK_PEN, face="kai")
    cert = HlSheet(way="flatbed", paper=(250, 250, 248))
    green = (50, 110, 70)
    cert.box(mm(20), mm(20), cert.width - mm(20), mm(180), width=5, outline=green)
    cert.centred(mm(28), "中华人民共和国", font("serif_bold", 44), fill=green)
    cert.centred(mm(40), "不动产权证书", font("serif_bold", 70), fill=green, spacing=12)
    cert.text(mm(30), mm(60), c.extra["flat_cert"], font("serif", 36))
    rows = [["权利人", g.name], ["共有情况", "共同共有"], ["坐落", c.extra["flat"]], ["不动产单元号", f"630102{rng.randint(10**12, 10**13 - 1)}"],
            ["权利类型", "国有建设用地使用权/房屋所有权"], ["用途", "城镇住宅用地/住宅"], ["面积", f"房屋建筑面积{c.extra['flat_area']}㎡"],
            ["使用期限", "2008年4月至2078年4月"]]
    ruled(cert, mm(30), mm(72), [mm(40), cert.width - mm(100)], rows, font("serif", 32), heights=mm(11.5), labels=(0,))
    seal(cert, cert.width - mm(60), mm(166), "西宁市自然资源和规划局", rng, radius=mm(17), inner="不动产登记专用章")
    scrawl(cert, mm(30), mm(196), "此复印件与原件一致，仅供执行担保使用。", rng, size=46, ink=BLACK_PEN, face="kai")
    scrawl(cert, mm(130), mm(214), g.name, rng, size=52, ink=BLACK_PEN, face="kai")
    return folio([s, cert])


def _vouchers(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Two 青海银行 receipts on one sheet (the respondent's two instalments into the court's account), and the court's
    案款发放审批单 paying the applicant."""
    s = HlSheet()
    f = font("sans", 29)
    first: Decimal = c.extra["first"]
    pay_day: date = c.extra["pay_day"]
    first_day = c.day(WHEN_FIRST)
    y = mm(14)
    for amount, day in ((first, first_day), (c.amount - first, pay_day)):
        s.box(mm(12), y, s.width - mm(12), y + mm(96), width=2, outline=(120, 40, 40))
        s.centred(y + mm(4), "青海银行 客户回单（转账）", font("sans_bold", 40), fill=(140, 30, 30))
        s.text(mm(18), y + mm(15), f"交易日期：{day:%Y-%m-%d}　　流水号：{rng.randint(10**11, 10**12 - 1)}", f)
        w = s.width - mm(36)
        rows = [["付款人", c.respondent.name, "收款人", f"{COURT}"], ["付款账号", c.extra["r_acct"], "收款账号", c.extra["fund_acct"]],
                ["金额", f"¥{amount:,.2f}", "大写", money_caps(amount)], ["附言", f"{c.number}执行款"]]
        ruled(s, mm(18), y + mm(24), [mm(24), mm(62), mm(24), w - mm(110)], rows, f, heights=mm(13), labels=(0, 2),
              ink=(120, 40, 40))
        seal(s, s.width - mm(46), y + mm(82), "青海银行西宁八一路支行", rng, radius=mm(13), inner="业务专用章")
        y += mm(108)
    s.text(mm(12), y, "（银行回单由被执行人交来，执行局复印附卷）", font("kai", 34))
    pay = HlSheet()
    yy = form_title(pay, "执行案款发放凭证", size=58)
    w2 = pay.width - LEFT - RIGHT
    rows2 = [["案号", c.number], ["收款人", c.applicant.name], ["开户银行", c.extra["in_bank"]], ["账号", c.extra["in_acct"]],
             ["发放金额", f"{money(c.amount)}"], ["发放日期", num_date(pay_day + timedelta(days=3))], ["承办人", ""],
             ["财务审核", ""]]
    boxes = ruled(pay, LEFT, yy, [mm(40), w2 - mm(40)], rows2, label(33), heights=[mm(15)] * 4 + [mm(22)] + [mm(15)] * 3)
    cells = right_cells(boxes, LEFT)
    scrawl(pay, cells[6][0] + mm(5), cells[6][1] + mm(2), c.officer, rng, size=42)
    scrawl(pay, cells[7][0] + mm(5), cells[7][1] + mm(2), person_name(rng), rng, size=42, ink=BLACK_PEN)
    seal(pay, pay.width - RIGHT - mm(40), boxes[-1][3] + mm(24), f"{COURT}", rng, radius=mm(19), inner="案款专用章")
    pay.starts_document = True
    return [s, pay]


WHEN_FIRST = 27
"""the day after filing the first instalment was paid in (the settlement's 'within three days' of day 24)"""


def _withdrawal(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The weaver's 撤回强制执行申请书 (the ground of the 终结执行), typed by its lawyer, the company's seal on it, with the
    out-of-court settlement's terms recited."""
    a, r = c.applicant, c.respondent
    s = HlSheet()
    s.centred(TOP, "撤回强制执行申请书", font("sans_bold", 62), spacing=8)
    s.line(mm(24), TOP + 96, s.width - mm(24), TOP + 96, width=3)
    run = Flow([s], TOP + 140, left=mm(24), right=mm(24))
    f = font("kai", 43)
    cash = (c.amount * Decimal("0.55")).quantize(Decimal("1"))
    for kind, text in [
        ("h", f"申请人（申请执行人）：{_who(c, a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人（被执行人）：{_who(c, r)}"),
        ("t", "请求事项："),
        ("p", f"撤回对{c.number}案的强制执行申请。"),
        ("t", "事实与理由："),
        ("p", f"贵院执行的{c.number}案，申请人与被申请人已于{num_date(d - timedelta(days=3))}在执行程序外达成和解：被申请人"
              f"支付现金{cash:,.2f}元，其余{c.amount - cash:,.2f}元以其客房内已铺设的藏毯按原价退回抵顶。现金已于当日付清，藏毯已"
              "由申请人验收取回。申请人自愿撤回执行申请，并知悉撤回后贵院将裁定终结执行。"),
        ("t", "此致"), ("t", COURT),
    ]:
        if kind == "t":
            run.line(text, f, lead=76)
        else:
            run.para(text, f, lead=76, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 3 if kind == "h" else 0)
    run.room(260)
    last, y = run.s, run.y + 50
    last.text(last.width - mm(104), y, "申请人：", f)
    seal(last, last.width - mm(48), y + 24, a.name, rng, radius=mm(19))
    scrawl(last, last.width - mm(96), y + 110, f"代理人：{c.agent}", rng, size=44, ink=INK, face="kai")
    scrawl(last, last.width - mm(90), y + 190, num_date(d), rng, size=44, ink=INK)
    return run.sheets
