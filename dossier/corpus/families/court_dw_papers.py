"""What reaches 越城法院执行局 from outside, in each sender's own hand: the lawyer's 强制执行申请书, 所函 and 授权委托书;
绍兴中院's 二审 judgment, 绍兴仲裁委员会's award, this court's own civil division's 民事调解书 and 生效证明; an ID card copy,
a 营业执照 copy; the 非税 receipt; the forms filled at the 立案 window; the 查控 system printout; the parties' 执行和解协议;
the bank's 电子回单 for the money paid out."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_dw import COURT, RECEIVED, cdate, made_on, tale
from dossier.corpus.fonts import Font, font

BLUE = (28, 44, 130)
__all__ = ["RECEIVED", "paper"]


def _flowed(blocks: Sequence[Block], f: Font, *, y: float, left: float, right: float, lh: float,
            head: Sheet | None = None, bottom: float = 0.0) -> tuple[list[Sheet], float]:
    out = [head or Sheet()]
    low = bottom or out[0].height - mm(32)

    def nxt() -> tuple[Sheet, float]:
        out.append(Sheet())
        return out[-1], mm(30)

    end = flow(out[0], blocks, f, x0=left, width=out[0].width - left - right, y=y, line_height=lh, indent=f.size * 2,
               bottom=low, more=nxt)
    return out, end


def _number_pages(sheets: list[Sheet], f: Font, label: str) -> list[Sheet]:
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        if n > 1:
            s.centred(s.height - mm(20), label.format(i=i, n=n), f)
        if i > 1:
            s.page_of = (i, n)
    return sheets


def _party_lines(label: str, p: Party) -> list[Block]:
    if p.kind == "organisation":
        return [("f", f"{label}：{p.name}"), ("f", f"住所地：{p.address}"), ("f", f"统一社会信用代码：{p.id_number}"),
                ("f", f"法定代表人：{p.legal_rep}　职务：执行董事兼总经理")]
    born = p.born or date(1975, 1, 1)
    return [("f", f"{label}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，"
                  f"住{p.address}，公民身份号码{p.id_number}，联系电话{p.phone}。")]


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    fn = {"enforcement_application": _application, "effectiveness_certificate": _certificate,
          "property_clue_form": _clues, "fee_receipt": _fee, "power_of_attorney": _attorney,
          "law_firm_letter": _firm_letter, "lawyer_license": _licence, "payment_account_confirmation": _account,
          "service_address_confirmation": _address, "property_declaration_form": _declaration,
          "online_inquiry_result": _inquiry, "settlement_agreement": _settlement, "payment_voucher": _voucher}
    if code == "enforcement_basis":
        return {"wine": _judgment, "dye": _award, "loan": _mediation}[tale(c)](c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _id_card(c, p, rng) if p.kind == "person" else _licence_copy(c, p, rng)
    return fn[code](c, rng)


# ------------------------------------------------------------------------------------------------ the lawyer
def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's typed 申请书: 黑体 title, 宋 body in 小四, numbered 执行请求, the applicant's seal or signature."""
    a, r = c.applicant, c.respondent
    f = font("serif", 38)
    s = Sheet()
    s.centred(mm(32), "强制执行申请书", font("hei", 64), spacing=6)
    kind = {"wine": "民事判决书", "dye": "裁决书", "loan": "民事调解书"}[tale(c)]
    blocks: list[Block] = [*_party_lines("申请执行人", a),
                           ("f", f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
                           *_party_lines("被执行人", r),
                           ("f", "执行请求："),
                           ("p", f"1.依法强制被执行人支付{money(c.amount)}；"),
                           ("p", "2.依法强制被执行人加倍支付迟延履行期间的债务利息；"),
                           ("p", "3.本案执行费用由被执行人承担。"),
                           ("f", "事实与理由："),
                           ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}{kind}，"
                                 f"该{kind}已于{num_date(c.basis_effective)}发生法律效力。被执行人至今未履行生效法律文书确定的义务。"
                                 f"为维护申请执行人的合法权益，根据{'《中华人民共和国民事诉讼法》'}第二百四十七条之规定，特向贵院申请强制执行。"),
                           ("f", "此致"), ("f", COURT)]
    sheets, y = _flowed(blocks, f, y=mm(56), left=mm(30), right=mm(28), lh=70, head=s)
    last = sheets[-1]
    if y > last.height - mm(80):
        sheets.append(Sheet())
        last, y = sheets[-1], mm(40)
    last.text(last.width - mm(120), y + 60, "申请执行人：", f)
    if a.kind == "organisation":
        last.text(last.width - mm(120), y + 130, a.name, f)
        seal(last, last.width - mm(70), y + 150, a.name, rng, radius=mm(19))
    else:
        signature(last, last.width - mm(80), y + 50, a.name, rng)
    last.right(last.width - mm(30), y + 240, num_date(c.filed_on - timedelta(days=2)), f)
    return _number_pages(sheets, font("serif", 28), "第{i}页，共{n}页")


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    f = font("serif", 40)
    s = Sheet()
    s.centred(mm(34), "授 权 委 托 书", font("serif_bold", 62), spacing=10)
    blocks: list[Block] = [*_party_lines("委托人", a),
                           ("f", f"受委托人：{c.agent}，{c.firm}律师，地址{c.extra['firm_addr']}，电话{c.agent_phone}。"),
                           ("p", f"现委托上列受委托人在我方与{r.name}{c.extra['cause']}执行一案中，作为我方的委托代理人。"),
                           ("p", "代理人的代理权限为：特别授权。代为申请执行，代为提供财产线索，代为申请查封、冻结、扣押，代为签收法律文书，"
                                 "代为参加约谈，代为和解，代为领取执行款，代为申请终结本次执行程序。"),
                           ("p", "代理期限：自签署之日起至本案执行终结止。")]
    sheets, y = _flowed(blocks, f, y=mm(60), left=mm(30), right=mm(28), lh=74, head=s)
    last = sheets[-1]
    last.text(last.width - mm(110), y + 80, "委托人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(60), y + 110, a.name, rng, radius=mm(19))
    else:
        signature(last, last.width - mm(80), y + 70, a.name, rng)
    last.text(last.width - mm(110), y + 200, "受委托人：", f)
    signature(last, last.width - mm(70), y + 190, c.agent, rng)
    last.right(last.width - mm(30), y + 320, num_date(c.filed_on - timedelta(days=5)), f)
    return sheets


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (185, 30, 30)
    s.centred(mm(26), c.firm, font("serif_bold", 70), fill=red, spacing=4)
    s.line(mm(24), mm(44), s.width - mm(24), mm(44), width=6, fill=red)
    s.line(mm(24), mm(45.5), s.width - mm(24), mm(45.5), width=2, fill=red)
    s.centred(mm(56), "律 师 事 务 所 函", font("hei", 58))
    s.right(s.width - mm(28), mm(72), f"浙越律执〔{c.filed_on.year}〕{rng.randint(20, 180)}号", font("serif", 36))
    f = font("serif", 42)
    blocks: list[Block] = [("f", f"{COURT}："),
                           ("p", f"根据《中华人民共和国律师法》的规定，本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与"
                                 f"{c.respondent.name}{c.extra['cause']}执行案件的委托代理人。"),
                           ("p", "特此函告。"),
                           ("f", "附：授权委托书壹份"),
                           ("f", f"律师：{c.agent}　执业证号：{c.extra['licence']}"),
                           ("f", f"地址：{c.extra['firm_addr']}")]
    sheets, y = _flowed(blocks, f, y=mm(88), left=mm(30), right=mm(28), lh=80, head=s)
    s.right(s.width - mm(32), y + 100, num_date(c.filed_on - timedelta(days=4)), f)
    seal(s, s.width - mm(62), y + 110, c.firm, rng, radius=mm(20))
    s.line(mm(24), s.height - mm(24), s.width - mm(24), s.height - mm(24), width=2, fill=red)
    s.centred(s.height - mm(21), f"{c.extra['firm_addr']}　电话：0575-8{rng.randint(1000000, 9999999)}", font("serif", 26),
              fill=red)
    return sheets


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A photocopy of the 律师执业证's two inner pages, one above the other, with the firm's 与原件核对一致 stamp."""
    s = Sheet()
    for k in range(2):
        y0 = mm(30) + k * mm(125)
        s.box(mm(40), y0, s.width - mm(40), y0 + mm(110), width=3, outline=(90, 90, 90))
        if k == 0:
            s.centred(y0 + mm(10), "中华人民共和国", font("hei", 44), x0=mm(40), x1=s.width - mm(40))
            s.centred(y0 + mm(22), "律 师 执 业 证", font("hei", 62), spacing=8, x0=mm(40), x1=s.width - mm(40))
            s.centred(y0 + mm(40), "中华人民共和国司法部监制", font("serif", 32), x0=mm(40), x1=s.width - mm(40))
            s.centred(y0 + mm(80), "浙江省司法厅", font("serif", 40), x0=mm(40), x1=s.width - mm(40))
            seal(s, s.width / 2, y0 + mm(82), "浙江省司法厅", rng, radius=mm(16))
        else:
            s.box(mm(50), y0 + mm(12), mm(80), y0 + mm(52), width=2, outline=(120, 120, 120))
            s.text(mm(56), y0 + mm(28), "照片", font("sans", 34), fill=(130, 130, 130))
            rows = [("持证人", c.agent), ("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                    ("发证机关", "浙江省司法厅"), ("发证日期", f"20{rng.randint(12, 21)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
            for i, (k2, v) in enumerate(rows):
                s.text(mm(88), y0 + mm(10) + i * mm(14), f"{k2}：{v}", font("serif", 34))
    seal(s, s.width - mm(70), mm(260), c.firm, rng, radius=mm(17))
    s.text(s.width - mm(110), mm(278), "与原件核对一致", font("kai", 40), fill=(170, 40, 40))
    return [s]


# ------------------------------------------------------------------------------------------------ the tribunals
def _court_judgment_head(s: Sheet, court: str, title: str, number: str) -> float:
    s.centred(mm(32), court, font("serif_bold", 60), spacing=4)
    s.centred(mm(48), title, font("serif_bold", 72), spacing=30)
    s.right(s.width - mm(30), mm(66), number, font("song_gb", 40))
    return mm(78)


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """绍兴中院's 二审 judgment, set in the intermediate court's own 仿宋-like 宋, with 驳回上诉，维持原判."""
    a, r = c.applicant, c.respondent
    f = font("song_gb", 40)
    s = Sheet()
    y = _court_judgment_head(s, c.basis_court, "民 事 判 决 书", c.basis_number)
    jars = c.extra["jars"]
    blocks: list[Block] = [
        ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，执行董事。"),
        ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，董事长。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服{COURT}{c.extra['first_no']}民事判决，向本院提起上诉。"
              "本院于立案后，依法组成合议庭审理了本案。本案现已审理终结。"),
        ("p", f"原审法院认定：双方签订《黄酒购销合同》，约定被上诉人向上诉人供应五年陈绍兴加饭酒{jars}坛（每坛二十五公斤），"
              f"上诉人收货后分期付款。被上诉人依约交货，上诉人仅支付部分货款，尚欠货款{c.amount:,.2f}元。原审法院判决上诉人支付"
              "货款及逾期付款利息。"),
        ("p", "上诉人上诉称，部分酒坛泥封破损、酒质变酸，应当扣减货款。本院经审理查明，上诉人收货时未提出质量异议，所称质量问题"
              "亦无证据证明，其上诉理由不能成立。"),
        ("p", "综上，原审判决认定事实清楚，适用法律正确。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项的规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", "二审案件受理费由上诉人负担。"),
        ("p", "本判决为终审判决。"),
    ]
    sheets, y = _flowed(blocks, f, y=y + 20, left=mm(30), right=mm(28), lh=72, head=s, bottom=s.height - mm(36))
    last = sheets[-1]
    if y > last.height - mm(100):
        sheets.append(Sheet())
        last, y = sheets[-1], mm(40)
    for i, (role, n) in enumerate([("审判长", person_name(rng)), ("审判员", person_name(rng)), ("审判员", person_name(rng))]):
        last.text(last.width - mm(90), y + 50 + i * 70, f"{role}　　{n}", f)
    when = c.basis_effective - timedelta(days=rng.randint(3, 12))
    last.right(last.width - mm(40), y + 290, cdate(when), f)
    seal(last, last.width - mm(70), y + 300, c.basis_court, rng, radius=mm(21))
    last.text(last.width - mm(90), y + 380, f"书记员　　{person_name(rng)}", f)
    return _number_pages(sheets, font("song_gb", 28), "- {i} -")


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """绍兴仲裁委员会's award: the commission's name over 裁 决 书, parties, 仲裁庭 reasoning, 裁决如下, three arbitrators."""
    a, r = c.applicant, c.respondent
    f = font("serif", 38)
    s = Sheet()
    s.centred(mm(30), "绍兴仲裁委员会", font("hei", 66), spacing=12)
    s.centred(mm(46), "裁　决　书", font("hei", 70))
    s.right(s.width - mm(28), mm(62), c.basis_number, f)
    metres = c.extra["metres"]
    blocks: list[Block] = [
        ("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
        ("p", "本会根据申请人与被申请人签订的《印染加工合同》中的仲裁条款及申请人的仲裁申请，受理了双方之间的加工合同纠纷案。"
              "本会依法组成仲裁庭，于" + num_date(c.basis_effective - timedelta(days=30)) + "开庭审理。被申请人经合法通知无正当理由未到庭，仲裁庭依法缺席审理。"),
        ("p", f"仲裁庭查明：被申请人委托申请人对其提供的涤纶坯布进行染色、印花加工，合计{metres:,}米，申请人已按约交付成品布。"
              f"被申请人尚欠加工费{c.amount:,.2f}元未付，经催讨未果。"),
        ("p", "仲裁庭认为，双方合同合法有效，被申请人应按约支付加工费。依照《中华人民共和国民法典》第七百七十条、第七百八十二条，"
              "《中华人民共和国仲裁法》第四十二条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人支付加工费{money(c.amount)}；"),
        ("p", "二、本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    sheets, y = _flowed(blocks, f, y=mm(74), left=mm(32), right=mm(30), lh=70, head=s)
    last = sheets[-1]
    if y > last.height - mm(90):
        sheets.append(Sheet())
        last, y = sheets[-1], mm(40)
    for i, role in enumerate(["首席仲裁员", "仲　裁　员", "仲　裁　员"]):
        last.text(last.width - mm(100), y + 40 + i * 66, f"{role}　{person_name(rng)}", f)
    last.right(last.width - mm(36), y + 270, cn_date(c.basis_effective), f)
    seal(last, last.width - mm(66), y + 280, "绍兴仲裁委员会", rng, radius=mm(21))
    last.text(last.width - mm(100), y + 350, f"秘　　书　{person_name(rng)}", f)
    return _number_pages(sheets, font("serif", 26), "第{i}页/共{n}页")


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's civil division's 民事调解书 (a 民间借贷 settled at trial), in the 民庭's plain house style."""
    a, r = c.applicant, c.respondent
    f = font("song_gb", 40)
    s = Sheet()
    y = _court_judgment_head(s, COURT, "民 事 调 解 书", c.basis_number)
    lent = c.extra["lent_on"]
    blocks: list[Block] = [
        *[("f", t) for _, t in _party_lines("原告", a)], *[("f", t) for _, t in _party_lines("被告", r)],
        ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院于立案后，依法适用简易程序进行了审理。"),
        ("p", f"原告诉称：被告承接装修工程需要周转资金，于{num_date(lent)}向原告借款，出具借条一份，约定三个月内归还。到期后"
              "被告未还款。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}归还原告{a.name}借款{money(c.amount)}，于{num_date(c.basis_effective + timedelta(days=20))}前一次性付清；"),
        ("p", "二、被告如未按期足额履行，原告可就全部未付款项向人民法院申请强制执行；"),
        ("p", "三、案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，符合有关法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    sheets, y = _flowed(blocks, f, y=y + 20, left=mm(30), right=mm(28), lh=72, head=s, bottom=s.height - mm(36))
    last = sheets[-1]
    if y > last.height - mm(90):
        sheets.append(Sheet())
        last, y = sheets[-1], mm(40)
    last.text(last.width - mm(90), y + 50, f"审判员　　{person_name(rng)}", f)
    last.right(last.width - mm(40), y + 160, cdate(c.basis_effective - timedelta(days=1)), f)
    seal(last, last.width - mm(70), y + 170, COURT, rng, radius=mm(21))
    last.text(last.width - mm(90), y + 250, f"书记员　　{person_name(rng)}", f)
    last.text(mm(30), y + 330, "本件与原本核对无异", font("kai", 36))
    return _number_pages(sheets, font("song_gb", 28), "- {i} -")


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 生效证明书 in the form the 越城 trial divisions (or the commission) issue: a small boxed slip."""
    s = Sheet()
    issuer = "绍兴仲裁委员会" if tale(c) == "dye" else COURT
    title = "裁决书送达及生效证明" if tale(c) == "dye" else "生 效 证 明 书"
    s.centred(mm(40), issuer, font("serif_bold", 56))
    s.centred(mm(56), title, font("serif_bold", 62), spacing=8 if tale(c) == "dye" else 20)
    f = font("song_gb", 42)
    doc = {"wine": f"本院{c.extra.get('first_no', '')}民事判决书（经{c.basis_court}{c.basis_number}二审维持）",
           "dye": f"本会{c.basis_number}裁决书", "loan": f"本院{c.basis_number}民事调解书"}[tale(c)]
    blocks: list[Block] = [("f", f"{c.applicant.name}、{c.respondent.name}："),
                           ("p", f"{doc}已于{cdate(c.basis_effective)}发生法律效力。"),
                           ("p", "特此证明。")]
    _, y = _flowed(blocks, f, y=mm(80), left=mm(34), right=mm(32), lh=84, head=s)
    s.right(s.width - mm(40), y + 120, cdate(c.basis_effective + timedelta(days=rng.randint(5, 20))), f)
    seal(s, s.width - mm(70), y + 130, issuer, rng, radius=mm(21))
    s.line(mm(30), y + 330, s.width - mm(30), y + 330, width=1, fill=(80, 80, 80))
    s.text(mm(34), y + 350, "注：本证明仅证明法律文书生效，不作他用。", font("song_gb", 28))
    return [s]


# ------------------------------------------------------------------------------------------------ copies and forms
def _id_card(c: CaseCtx, p: Party, rng: random.Random) -> list[Sheet]:
    """A photocopy of both faces of the second-generation ID card on one sheet, signed 与原件一致 by the holder."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x0 = (s.width - w) / 2
    grey = (95, 95, 95)
    for k in range(2):
        y0 = mm(45) + k * mm(80)
        s.draw.rounded_rectangle((x0, y0, x0 + w, y0 + h), radius=mm(3), outline=grey, width=3)
        if k == 0:
            born = p.born or date(1975, 1, 1)
            sf = font("hei", 26)
            for i, (lab, val) in enumerate([("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"),
                                            ("出生", f"{born.year}年{born.month}月{born.day}日")]):
                s.text(x0 + mm(5), y0 + mm(6) + i * mm(7), lab, sf, fill=grey)
                s.text(x0 + mm(17), y0 + mm(6) + i * mm(7), val, font("hei", 30))
            s.text(x0 + mm(5), y0 + mm(28), "住址", sf, fill=grey)
            addr = p.address.removeprefix("浙江省")
            for j in range(0, len(addr), 11):
                s.text(x0 + mm(17), y0 + mm(28) + (j // 11) * mm(5.5), addr[j:j + 11], font("hei", 28))
            s.text(x0 + mm(5), y0 + mm(45), "公民身份号码", sf, fill=grey)
            s.text(x0 + mm(28), y0 + mm(44.5), p.id_number, font("sans_bold", 34))
            s.draw.rectangle((x0 + w - mm(28), y0 + mm(8), x0 + w - mm(5), y0 + mm(38)), fill=(150, 150, 150))
        else:
            s.centred(y0 + mm(12), "中华人民共和国", font("hei", 44), x0=x0, x1=x0 + w)
            s.centred(y0 + mm(22), "居民身份证", font("hei", 52), spacing=6, x0=x0, x1=x0 + w)
            issued = date(rng.randint(2014, 2021), rng.randint(1, 12), rng.randint(1, 28))
            s.text(x0 + mm(10), y0 + mm(38), f"签发机关　绍兴市公安局{'越城' if p.id_number.startswith('330602') else '柯桥'}分局",
                   font("hei", 26))
            s.text(x0 + mm(10), y0 + mm(45), f"有效期限　{issued:%Y.%m.%d}-{issued.year + 20}.{issued:%m.%d}", font("hei", 26))
    hand(s, x0, mm(190), "此复印件与原件一致", rng, size=48, ink=BLUE)
    signature(s, x0 + mm(20), mm(204), p.name, rng, ink=BLUE)
    return [s]


def _licence_copy(c: CaseCtx, p: Party, rng: random.Random) -> list[Sheet]:
    """A copy of the 营业执照 (副本), with the company's seal and 仅供法院执行使用 written across it."""
    s = Sheet()
    s.box(mm(20), mm(22), s.width - mm(20), s.height - mm(60), width=8, outline=(110, 110, 110))
    s.centred(mm(40), "营 业 执 照", font("serif_bold", 86), spacing=20)
    s.centred(mm(58), "（副　本）", font("serif", 40))
    s.text(mm(34), mm(70), f"统一社会信用代码　{p.id_number}", font("serif", 34))
    f = font("serif", 36)
    started = date(rng.randint(2003, 2016), rng.randint(1, 12), rng.randint(1, 28))
    scope = {"wine": "黄酒、饮料酒的批发零售；预包装食品销售", "dye": "纺织品、针织品及原料销售；面料印染加工"}.get(
        tale(c), "纺织品印染加工；纺织原料销售")
    if "黄酒" in p.name:
        scope = "黄酒的生产、销售；食品经营；货物进出口"
    if "印染" in p.name:
        scope = "印染加工；纺织品后整理；纺织原料销售"
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", scope), ("注册资本", f"{rng.choice([500, 1000, 2000, 3000])}万元人民币"),
            ("成立日期", num_date(started)), ("住　　所", p.address)]
    y = mm(90)
    for lab, v in rows:
        s.text(mm(40), y, lab, f)
        for j, part in enumerate([v[i:i + 22] for i in range(0, len(v), 22)]):
            s.text(mm(80), y + j * 54, part, f)
        y += 54 * max(1, (len(v) + 21) // 22) + 36
    s.text(s.width - mm(110), s.height - mm(100), "登记机关", f)
    reg = "绍兴市市场监督管理局" + ("越城分局" if p.id_number[2:8] == "330602" else "")
    seal(s, s.width - mm(68), s.height - mm(96), reg, rng, radius=mm(18))
    s.text(s.width - mm(110), s.height - mm(76), f"{started.year}年{started.month}月{started.day}日", f)
    hand(s, mm(40), s.height - mm(52), "与原件一致，仅供法院执行使用", rng, size=46, ink=BLUE)
    seal(s, mm(150), s.height - mm(44), p.name, rng, radius=mm(18))
    return [s]


def _window_form(title: str, sub: str, rows: list[tuple[str, str]], rng: random.Random, *,
                 heights: list[int] | None = None) -> tuple[Sheet, float, list[float]]:
    """A printed form of the 立案 window, labels in small 黑体, entries written in by hand; returns the row tops."""
    s = Sheet()
    s.centred(mm(28), COURT, font("hei", 44))
    s.centred(mm(40), title, font("hei", 58), spacing=6)
    if sub:
        s.centred(mm(53), sub, font("song_gb", 28))
    w = s.width - mm(50)
    hs = heights or [110] * len(rows)
    y0 = mm(62)
    table(s, mm(25), y0, [mm(46), w - mm(46)], [[k, ""] for k, _ in rows], font("hei", 30), row_h=hs, centre_first=True)
    tops: list[float] = [float(y0 + sum(hs[:i])) for i in range(len(rows))]
    for (_, v), t in zip(rows, tops, strict=True):
        if v:
            hand(s, mm(76), t + 30, v, rng, size=38, ink=BLUE)
    return s, float(y0 + sum(hs)), tops


def _account(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s, y, _ = _window_form("执行案款收取账户确认书", "（申请执行人填写，请用蓝黑色墨水笔，字迹清楚）", [
        ("案　号", c.number), ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["in_bank"]),
        ("银行账号", c.extra["in_acct"]), ("联系电话", a.phone if a.kind == "person" else c.agent_phone)], rng)
    s.text(mm(28), y + 40, "本人（单位）确认以上账户信息真实准确，因账户信息错误导致案款发放延误的，由本人（单位）承担责任。",
           font("song_gb", 26))
    s.text(mm(28), y + 130, "申请执行人（签名/盖章）：", font("hei", 32))
    if a.kind == "organisation":
        seal(s, mm(150), y + 150, a.name, rng, radius=mm(18))
    else:
        signature(s, mm(110), y + 110, a.name, rng, ink=BLUE)
    hand(s, mm(130), y + 260, num_date(c.filed_on), rng, size=38, ink=BLUE)
    return [s]


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s, y, _ = _window_form("送达地址确认书", "", [
        ("案　号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("代收人", c.agent),
        ("代收人地址", c.extra["firm_addr"]), ("手机号码", c.agent_phone), ("是否同意电子送达", "同意 短信、浙江移动微法院")],
        rng, heights=[110, 110, 150, 110, 150, 110, 110])
    notes = ("告知事项：1.受送达人应如实提供送达地址，地址变更应及时书面告知；2.提供的地址不准确或不及时告知变更，导致文书未能"
             "实际接收的，文书退回之日视为送达之日。")
    for k, part in enumerate([notes[i:i + 40] for i in range(0, len(notes), 40)]):
        s.text(mm(28), y + 30 + k * 42, part, font("song_gb", 26))
    s.text(mm(28), y + 200, "受送达人（签名）：", font("hei", 32))
    signature(s, mm(100), y + 180, c.agent, rng, ink=BLUE)
    hand(s, mm(130), y + 300, num_date(c.filed_on), rng, size=38, ink=BLUE)
    return [s]


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    clue = {"wine": f"{c.extra.get('r_bank', '')}有账户（尾号{str(c.extra.get('r_acct', ''))[-4:]}）；上虞仓库有存酒",
            "dye": "轻纺城门面一间；可能有货车一辆", "loan": "在做装修，常用微信、支付宝收款；镜湖那边有套房子听说是他的"}[tale(c)]
    s, y, _ = _window_form("被执行人财产线索登记表", "", [
        ("案　号", c.number), ("被执行人", r.name), ("证件号码", r.id_number), ("财产线索", clue), ("线索来源", "申请人了解"),
        ("提供人", c.agent)], rng, heights=[110, 110, 110, 300, 110, 110])
    hand(s, mm(130), y + 80, num_date(c.filed_on), rng, size=38, ink=BLUE)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The respondent's 财产申报表, filled by hand (or 无 in each box) and signed."""
    r = c.respondent
    s = Sheet()
    s.centred(mm(26), "被执行人财产申报表", font("hei", 58), spacing=4)
    s.text(mm(25), mm(40), f"案号：{c.number}", font("song_gb", 32))
    w = s.width - mm(50)
    items = ["银行存款", "现金、理财", "房屋、土地", "车辆、船舶", "股权、投资", "应收账款", "其他财产"]
    have = {"wine": {"银行存款": f"{c.extra.get('r_bank', '')}账户一个", "应收账款": "下游酒店欠款约十余万"},
            "dye": {}, "loan": {"银行存款": "农商银行卡一张，余额几百元", "应收账款": "装修工程款约3万未收回"}}[tale(c)]
    rows = [["财产类别", "申报情况（种类、数量、所在地、价值）"], *[[k, ""] for k in items]]
    y0 = mm(50)
    table(s, mm(25), y0, [mm(40), w - mm(40)], rows, font("hei", 30), row_h=[90, *[120] * len(items)], centre_first=True)
    for i, k in enumerate(items):
        hand(s, mm(72), y0 + 90 + 120 * i + 36, have.get(k, "无"), rng, size=38, ink=BLUE)
    y = y0 + 90 + 120 * len(items) + 40
    s.text(mm(25), y, "申报人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", font("song_gb", 30))
    s.text(mm(25), y + 90, "申报人（签名、捺印）：", font("hei", 32))
    signature(s, mm(100), y + 70, r.legal_rep or r.name, rng, ink=BLUE)
    s.draw.ellipse((mm(140), y + 70, mm(150), y + 110), fill=(200, 60, 60))
    hand(s, mm(120), y + 200, num_date(made_on(c, "property_declaration_form")), rng, size=38, ink=BLUE)
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """浙江省政府非税收入统一票据 (电子), printed: a bordered table in the finance department's sans, a QR box."""
    s = Sheet()
    s.centred(mm(26), "浙江省政府非税收入统一票据（电子）", font("sans_bold", 46))
    sf = font("sans", 28)
    s.text(mm(24), mm(40), f"票据代码：330601{rng.randint(10, 99)}　　票据号码：{rng.randint(10**9, 10**10 - 1)}", sf)
    s.text(mm(24), mm(46), f"交款人：{c.applicant.name}　　开票日期：{c.day(2):%Y-%m-%d}", sf)
    s.box(s.width - mm(48), mm(32), s.width - mm(24), mm(56), width=2)
    for _k in range(30):
        x = s.width - mm(46) + rng.randint(0, 40) * 4
        yq = mm(34) + rng.randint(0, 40) * 4
        s.draw.rectangle((x, yq, x + 14, yq + 14), fill=(30, 30, 30))
    w = s.width - mm(48)
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"],
            ["103040106", "申请执行费", "件", "1", "", f"{c.extra['fee']:.2f}"], ["", "", "", "", "", ""],
            ["金额合计（大写）", money_caps(c.extra["fee"]), "", "", "（小写）", f"{c.extra['fee']:.2f}"],
            [f"备注：案号{c.number}"]]
    cols = [mm(32), mm(50), mm(16), mm(16), mm(24), w - mm(138)]
    table(s, mm(24), mm(60), cols, rows, sf, row_h=[80, 90, 80, 90, 90])
    s.text(mm(24), mm(60) + 500, f"收款单位（章）：{COURT}　　复核人：　　收款人：{person_name(rng)}", sf)
    seal(s, mm(80), mm(60) + 520, "浙江省财政厅票据监制章", rng, radius=mm(14))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 总对总/点对点 查控 system's feedback, printed in small sans straight from the case system."""
    r = c.respondent
    s = Sheet()
    sf = font("sans", 26)
    s.text(mm(16), mm(14), f"执行案件流程信息管理系统　打印时间：{made_on(c, 'online_inquiry_result'):%Y-%m-%d} {rng.randint(8, 17)}:"
           f"{rng.randint(10, 59)}", sf)
    s.centred(mm(24), "网络执行查控结果反馈", font("sans_bold", 48))
    s.text(mm(16), mm(36), f"案号：{c.number}　　被查询人：{r.name}　　证件号：{r.id_number}", sf)
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "绍兴银行", "浙江农商联合银行", "招商银行",
             "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司"]
    rows = [["序号", "协查单位", "查询结果", "账户/财产", "余额（元）"]]
    for i, b in enumerate(banks, 1):
        if tale(c) == "wine" and i == 2:
            rows.append([str(i), b, "有", str(c.extra.get("r_acct", "")), f"{c.amount * 2:,.2f}"])
        elif tale(c) == "loan" and i == 7:
            rows.append([str(i), b, "有", f"6230{rng.randint(10**11, 10**12 - 1)}", f"{rng.randint(100, 900)}.{rng.randint(10, 99)}"])
        else:
            rows.append([str(i), b, "无" if rng.random() < 0.8 else "有（销户）", "", "0.00"])
    rows += [[str(len(banks) + 1), "公安部交通管理局（车辆）", "无", "", ""],
             [str(len(banks) + 2), "自然资源部（不动产）", "无", "", ""],
             [str(len(banks) + 3), "证券登记结算公司", "无", "", ""]]
    w = s.width - mm(32)
    table(s, mm(16), mm(44), [mm(14), mm(64), mm(26), mm(52), w - mm(156)], rows, sf, row_h=62, pad=8)
    s.text(mm(16), s.height - mm(18), "注：本反馈结果来源于协执单位，仅供执行参考。", font("sans", 22))
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The parties' 执行和解协议, typed by the applicant's lawyer in plain 宋, both sign at the foot."""
    a, r = c.applicant, c.respondent
    f = font("serif", 38)
    s = Sheet()
    s.centred(mm(30), "执 行 和 解 协 议", font("serif_bold", 60), spacing=6)
    half = (c.amount / 2).quantize(c.amount)
    if tale(c) == "loan":
        terms = [f"一、乙方确认尚欠甲方借款本金及利息共计{money(c.amount)}。",
                 f"二、乙方于{num_date(c.day(35))}前支付{half:,.2f}元，余款{c.amount - half:,.2f}元于{num_date(c.extra['pay_day'])}前付清，"
                 "款项支付至越城法院执行款专户。",
                 "三、乙方按期足额付清后，甲方放弃迟延履行期间的加倍债务利息；乙方任何一期未按时履行，甲方有权申请恢复执行原生效法律文书。",
                 "四、本协议一式三份，甲乙双方各执一份，交越城法院执行局一份附卷。"]
    else:
        terms = [f"一、乙方确认尚欠甲方货款{money(c.amount)}，法院已划拨部分存款。",
                 f"二、剩余款项乙方于{num_date(c.extra['pay_day'])}前一次性付清至越城法院执行款专户。",
                 "三、乙方按约履行后，甲方放弃逾期付款利息及迟延履行利息。", "四、本协议一式三份，双方各执一份，交法院一份。"]
    blocks: list[Block] = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
                           ("p", f"甲乙双方{c.extra['cause']}一案，{COURT}{c.number}执行过程中，经协商，自愿达成如下和解协议："),
                           *[("p", t) for t in terms]]
    sheets, y = _flowed(blocks, f, y=mm(50), left=mm(30), right=mm(28), lh=70, head=s)
    last = sheets[-1]
    last.text(mm(30), y + 60, "甲方（签字）：", f)
    signature(last, mm(80), y + 45, c.agent if a.kind == "organisation" else a.name, rng, ink=BLUE)
    last.text(last.width / 2 + mm(10), y + 60, "乙方（签字）：", f)
    signature(last, last.width / 2 + mm(60), y + 45, r.legal_rep or r.name, rng, ink=BLUE)
    last.draw.ellipse((last.width / 2 + mm(95), y + 60, last.width / 2 + mm(105), y + 100), fill=(200, 60, 60))
    hand(last, mm(30), y + 200, num_date(made_on(c, "settlement_agreement")), rng, size=38, ink=BLUE)
    if a.kind == "organisation":
        seal(last, mm(70), y + 110, a.name, rng, radius=mm(18))
    return sheets


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's paying bank's 电子回单 for the money sent on to the applicant: a ruled receipt in the bank's sans."""
    s = Sheet()
    bank = "中国工商银行"
    sf = font("sans", 30)
    s.text(mm(22), mm(24), bank, font("sans_bold", 48), fill=(170, 20, 20))
    s.text(mm(80), mm(26), "网上银行电子回单", font("sans_bold", 44))
    s.text(mm(22), mm(38), f"电子回单号码：{rng.randint(10**15, 10**16 - 1)}", sf)
    w = s.width - mm(44)
    pay = c.extra["pay_day"]
    rows = [["付款人", f"户名：{COURT}执行款专户", "收款人", f"户名：{c.applicant.name}"],
            ["", f"账号：1211{rng.randint(10**14, 10**15 - 1)}", "", f"账号：{c.extra['in_acct']}"],
            ["", "开户行：工商银行绍兴越城支行", "", f"开户行：{c.extra['in_bank']}"],
            ["金额", f"人民币（大写）{money_caps(c.amount)}", "", f"¥{c.amount:,.2f}"],
            ["摘要", f"{c.number}执行款发放", "用途", "案款"], ["交易时间", f"{pay:%Y-%m-%d} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)}",
                                                           "记账日期", f"{pay:%Y%m%d}"]]
    table(s, mm(22), mm(46), [mm(22), w / 2 - mm(22), mm(22), w / 2 - mm(22)], rows, sf, row_h=78, pad=8)
    seal(s, s.width - mm(60), mm(46) + 560, "中国工商银行电子回单专用章", rng, radius=mm(17))
    s.text(mm(22), mm(46) + 520, "验证码：" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12)), sf)
    s.text(mm(22), mm(46) + 580, f"打印日期：{pay + timedelta(days=1):%Y-%m-%d}　重要提示：本回单不作为收款方发货依据。",
           font("sans", 24))
    return [s]
