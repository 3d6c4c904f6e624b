"""What 肃州区法院执行局 receives, each in its maker's style: the lawyers' papers (sans, left-aligned heads), the
court's civil division's judgment and mediation paper, the 酒泉仲裁委员会's award, ID and licence copies, the parties'
hand-filled forms, the 查控 system's printout, and the dot-matrix slips off continuous forms — the 非税收入 receipt's
payer copy (a carbon) and the bank's 业务回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Block, Sheet, mm, seal, signature, table
from dossier.corpus.families.court_en_kit import (
    CONT_W,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    WIDTH,
    Ribbon,
    continuous,
    dots,
    form_grid,
    page_marks,
    pen,
    run_on,
    song,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "power_of_attorney", "law_firm_letter",
    "lawyer_license", "identity_proof", "property_clue_form", "fee_receipt", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})


def _t(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _desc(p: Party) -> str:
    if p.kind == "person":
        return f"{p.name}，{p.sex}，{p.born.year if p.born else ''}年{p.born.month if p.born else ''}月生，汉族，住{p.address}，" \
               f"公民身份号码{p.id_number}，电话{p.phone}。"
    return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "enforcement_basis":
        return {"wind": _judgment, "seed": _award, "freight": _mediation}[_t(c)](c, rng)
    if code == "effectiveness_certificate":
        return _effect(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _id_card(p, rng) if p.kind == "person" else _business_licence(p, c, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code == "payment_voucher":
        return _bank_slip(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    return _party_form(code, c, rng)


# ------------------------------------------------------------------ the lawyer's papers (sans, bold heads)

def _lawyer_doc(title: str, blocks: list[Block], rng: random.Random, *, sign: str, day: date) -> list[Sheet]:
    s = Sheet()
    s.text(mm(25), mm(30), title, font("sans_bold", 64))
    s.line(mm(25), mm(30) + 86, s.width - mm(25), mm(30) + 86, width=2, fill=(90, 90, 90))
    sheets, y = run_on(blocks, s, mm(30) + 120, f=font("sans", 36), lh=64, x0=mm(25), width=s.width - mm(50))
    last = sheets[-1]
    if y > last.height - mm(70):
        sheets.append(Sheet())
        last, y = sheets[-1], mm(40)
    last.text(last.width - mm(110), y + 40, sign, font("sans", 36))
    signature(last, last.width - mm(70), y + 100, sign.split("：")[-1] if "：" in sign else sign, rng)
    last.text(last.width - mm(90), y + 190, num_date(day), font("sans", 36))
    return page_marks(sheets)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    facts = {
        "wind": f"申请人承接被申请人总包的{c.extra.get('farm', '')}风机基础及箱变基础劳务分包工程，共完成风机基础"
                f"{c.extra.get('towers', '')}座。工程验收后被申请人拖欠工程款，申请人诉至贵院，",
        "seed": f"申请人与被申请人签订《玉米制种生产收购合同》，种植制种玉米{c.extra.get('mu', '')}亩，交售合格种子"
                f"{c.extra.get('kg', '')}公斤，被申请人未支付收购款，申请人依合同仲裁条款申请仲裁，",
        "freight": f"申请人以自有重型半挂车（{c.extra.get('plate', '')}）为被申请人承运酒泉至乌鲁木齐、兰州的货物"
                   f"{c.extra.get('trips', '')}趟，被申请人拖欠运费，双方经贵院主持调解达成协议，",
    }[_t(c)]
    blocks: list[Block] = [
        ("f", "申请执行人：" + _desc(a)),
        ("f", "被执行人：" + _desc(r)),
        ("f", "执行请求："),
        ("p", f"1．请求强制被执行人支付{money(c.amount)}；"),
        ("p", "2．请求被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3．本案执行费用由被执行人负担。"),
        ("f", "事实与理由："),
        ("p", facts + f"{c.basis_court}作出{c.basis_number}法律文书，已于{num_date(c.basis_effective)}发生法律效力。"
              "被执行人至今未履行，特依法申请强制执行。"),
        ("f", "此致"),
        ("f", COURT),
    ]
    return _lawyer_doc("强制执行申请书", blocks, rng, sign=f"申请人：{a.name}" if a.kind == "person" else f"申请人：{a.legal_rep}",
                       day=c.filed_on - timedelta(days=2))


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    return _lawyer_doc("授权委托书", [
        ("f", f"委托人：{a.name}"),
        ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("p", f"现委托上列受托人在委托人申请执行{c.respondent.name}{c.extra['cause']}一案中，作为委托人的代理人。"),
        ("p", "代理权限：特别授权，代为申请执行，代为提供财产线索，代为申请采取查封、冻结、扣划等执行措施，代为参加执行"
              "和解、签署和解协议，代为签收法律文书，代为领取执行款。"),
        ("p", "委托期限：自签署之日起至本案执行终结之日止。"),
    ], rng, sign=f"委托人：{a.name if a.kind == 'person' else a.legal_rep}", day=c.filed_on - timedelta(days=3))


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(22), c.firm, font("sans_bold", 54), fill=(150, 20, 20))
    s.line(mm(20), mm(22) + 80, s.width - mm(20), mm(22) + 80, width=5, fill=(150, 20, 20))
    s.centred(mm(52), "律师事务所函", font("sans_bold", 60), spacing=16)
    s.right(s.width - mm(25), mm(52) + 100, f"酒律函〔{c.filed_on.year}〕第{rng.randint(20, 260)}号", font("sans", 34))
    _, y = run_on([
        ("f", f"{COURT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其申请执行{c.respondent.name}{c.extra['cause']}"
              "一案的代理人。"),
        ("p", "特此函告。"),
    ], s, mm(52) + 190, f=font("sans", 38), lh=66, x0=mm(25), width=s.width - mm(50))
    s.text(mm(25), y + 30, f"本所地址：{c.extra['firm_addr']}", font("sans", 32))
    s.text(mm(25), y + 80, f"联系人：{c.agent}　电话：{c.agent_phone}", font("sans", 32))
    s.right(s.width - mm(30), y + 220, num_date(c.filed_on - timedelta(days=3)), font("sans", 36))
    seal(s, s.width - mm(60), y + 230, c.firm, rng, radius=mm(20))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A photocopy of the 律师执业证's two inside pages, side by side on an A4 sheet, copier-grey."""
    s = Sheet(paper=(236, 236, 234))
    x0, y0, w, h = mm(18), mm(40), mm(84), mm(120)
    for k in range(2):
        xx = x0 + k * (w + mm(6))
        s.box(xx, y0, xx + w, y0 + h, width=3, outline=(70, 70, 70))
    s.centred(y0 + mm(14), "中华人民共和国", font("hei", 40), x0=x0, x1=x0 + w)
    s.centred(y0 + mm(26), "律师执业证", font("hei", 56), x0=x0, x1=x0 + w)
    s.box(x0 + mm(26), y0 + mm(44), x0 + mm(58), y0 + mm(84), width=2, outline=(90, 90, 90))
    s.centred(y0 + mm(92), "中华人民共和国司法部监制", font("hei", 28), x0=x0, x1=x0 + w)
    xx = x0 + w + mm(6) + mm(5)
    for i, line in enumerate([f"持证人：{c.agent}", f"执业机构：{c.firm}", "执业证类别：专职律师",
                              f"执业证号：{c.extra['licence']}", "发证机关：甘肃省司法厅", f"发证日期：{c.filed_on.year - 6}年3月12日"]):
        s.text(xx, y0 + mm(12) + i * mm(14), line, font("hei", 30))
    seal(s, xx + mm(50), y0 + mm(92), "甘肃省司法厅", rng, radius=mm(15))
    s.text(mm(18), y0 + h + mm(20), "复印件与原件一致", font("kai", 44), fill=(30, 30, 110))
    signature(s, mm(110), y0 + h + mm(18), c.agent, rng)
    return [s]


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(240, 240, 238))
    x0, y0, w, h = mm(50), mm(45), mm(86), mm(54)
    s.draw.rounded_rectangle((x0, y0, x0 + w, y0 + h), radius=mm(4), outline=(80, 80, 80), width=3)
    f = font("hei", 30)
    born = p.born or date(1980, 1, 1)
    for i, (k, v) in enumerate([("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"),
                                ("出生", f"{born.year}年{born.month}月{born.day}日")]):
        s.text(x0 + mm(5), y0 + mm(6) + i * mm(8), f"{k}　{v}", f)
    addr = p.address
    s.text(x0 + mm(5), y0 + mm(30), f"住址　{addr[:13]}", f)
    s.text(x0 + mm(17), y0 + mm(36), addr[13:27], f)
    s.text(x0 + mm(5), y0 + mm(46), f"公民身份号码　{p.id_number}", font("hei", 32))
    s.box(x0 + mm(60), y0 + mm(6), x0 + mm(81), y0 + mm(32), width=2, outline=(110, 110, 110))
    y1 = y0 + h + mm(18)
    s.draw.rounded_rectangle((x0, y1, x0 + w, y1 + h), radius=mm(4), outline=(80, 80, 80), width=3)
    s.centred(y1 + mm(10), "中华人民共和国", font("hei", 44), x0=x0, x1=x0 + w)
    s.centred(y1 + mm(20), "居民身份证", font("hei", 52), x0=x0, x1=x0 + w)
    s.text(x0 + mm(8), y1 + mm(38), "签发机关　酒泉市公安局肃州分局", f)
    s.text(x0 + mm(8), y1 + mm(45), f"有效期限　{born.year + 40}.05.11-长期", f)
    pen(s, mm(60), y1 + h + mm(20), "此复印件仅供法院执行使用", rng, size=44)
    signature(s, mm(110), y1 + h + mm(34), p.name, rng)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 营业执照 (副本) photocopied: the ornamented frame, national emblem place, the fields in two columns."""
    s = Sheet(paper=(238, 238, 236))
    s.box(mm(16), mm(20), s.width - mm(16), s.height - mm(60), width=8, outline=(90, 90, 90))
    s.box(mm(22), mm(26), s.width - mm(22), s.height - mm(66), width=2, outline=(90, 90, 90))
    s.draw.ellipse((s.width / 2 - mm(12), mm(34), s.width / 2 + mm(12), mm(58)), outline=(80, 80, 80), width=3)
    s.centred(mm(64), "营业执照", font("serif_bold", 100), spacing=56)
    s.centred(mm(88), "（副　本）", font("serif", 42))
    s.text(mm(30), mm(100), f"统一社会信用代码　{p.id_number}", font("serif", 36))
    f = font("serif", 36)
    est = date(rng.randint(2009, 2019), rng.randint(1, 12), rng.randint(1, 28))
    scope = {"wind": "风力发电、光伏发电工程施工；输变电工程；机电设备安装", "seed": "农作物种子生产、加工、销售；农产品收购",
             "freight": "道路普通货物运输；货物专用运输（集装箱）；仓储服务"}[_t(c)]
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", scope), ("注册资本", f"{rng.choice([500, 1000, 2000, 3000])}万元"), ("成立日期", num_date(est)),
            ("住　　所", p.address)]
    y = mm(118)
    for k, v in rows:
        s.text(mm(34), y, k, f)
        for part in [v[i:i + 22] for i in range(0, len(v), 22)]:
            s.text(mm(74), y, part, f)
            y += 58
        y += 22
    s.text(mm(110), s.height - mm(110), "登记机关", f)
    s.right(s.width - mm(36), s.height - mm(86), num_date(est + timedelta(days=rng.randint(300, 2000))), f)
    seal(s, s.width - mm(62), s.height - mm(100), "酒泉市肃州区市场监督管理局", rng, radius=mm(20))
    seal(s, mm(70), s.height - mm(40), p.name, rng, radius=mm(18))
    s.text(mm(20), s.height - mm(46), "与原件核对一致", font("kai", 40), fill=(30, 30, 100))
    return [s]


# ------------------------------------------------------------------ the other tribunals' papers

def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(30), COURT, font("serif_bold", 56), spacing=6)
    s.centred(mm(30) + 96, "民事判决书", font("serif_bold", 74), spacing=26)
    s.right(s.width - RIGHT, mm(30) + 210, c.basis_number, song(38))
    farm = c.extra.get("farm", "")
    debt = c.amount
    total = (debt * Decimal("1.3")).quantize(Decimal("0.01"))
    blocks: list[Block] = [
        ("f", f"原告：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，该公司经理。"),
        ("f", f"被告：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。"),
        ("p", f"原告{a.name}与被告{r.name}建设工程分包合同纠纷一案，本院立案后，依法适用普通程序，公开开庭进行了审理。"
              "本案现已审理终结。"),
        ("p", f"原告诉称：被告系{farm}工程总承包人，将其中{c.extra.get('towers', '')}座风机基础及箱变基础的劳务施工分包给原告，"
              f"约定按座计价。原告按期完工并经验收，工程结算价款{total:,.2f}元，被告仅支付部分，尚欠{debt:,.2f}元。"),
        ("p", "被告辩称：工程款支付以建设单位拨付为前提，建设单位尚未全部拨付，故被告不应承担付款责任。"),
        ("p", "本院认为：原告、被告之间的分包合同系双方真实意思表示，合法有效。原告已完成施工并经验收合格，被告以建设单位"
              "未拨付款项为由拒付，于法无据，本院不予支持。依照《中华人民共和国民法典》第五百零九条、第七百九十九条的规定，"
              "判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}工程款{debt:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于甘肃省"
              "酒泉市中级人民法院。"),
    ]
    sheets, y = run_on(blocks, s, mm(30) + 290)
    last = sheets[-1]
    if y > last.height - mm(100):
        sheets.append(Sheet())
        last, y = sheets[-1], TOP
    for k, (role, n) in enumerate([("审 判 长", person_name(rng)), ("审 判 员", person_name(rng)),
                                   ("人民陪审员", person_name(rng))]):
        last.text(last.width - RIGHT - mm(70), y + 40 + 66 * k, f"{role}　{n}", song(38))
    judged = c.basis_effective - timedelta(days=rng.randint(20, 30))
    last.right(last.width - RIGHT - mm(8), y + 260, cn_date(judged), song(38))
    seal(last, last.width - RIGHT - mm(36), y + 270, COURT, rng)
    last.text(last.width - RIGHT - mm(70), y + 340, f"书 记 员　{person_name(rng)}", song(38))
    return page_marks(sheets)


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(30), COURT, font("serif_bold", 56), spacing=6)
    s.centred(mm(30) + 96, "民事调解书", font("serif_bold", 74), spacing=26)
    s.right(s.width - RIGHT, mm(30) + 210, c.basis_number, song(38))
    blocks: list[Block] = [
        ("f", "原告：" + _desc(a)), ("f", "被告：" + _desc(r)),
        ("p", f"原告{a.name}与被告{r.name}公路货物运输合同纠纷一案，本院于立案后依法适用简易程序进行了审理。"),
        ("p", f"原告诉称：原告驾驶自有车辆{c.extra.get('plate', '')}为被告承运货物，往返酒泉至乌鲁木齐、兰州共"
              f"{c.extra.get('trips', '')}趟，被告结欠运费。"),
        ("p", "本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}于{num_date(c.basis_effective + timedelta(days=30))}前一次性支付原告{a.name}运费"
              f"{c.amount:,.2f}元；"),
        ("p", "二、被告未按期足额支付的，原告可就全部未付款项申请强制执行；"),
        ("p", "三、案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    sheets, y = run_on(blocks, s, mm(30) + 290)
    last = sheets[-1]
    if y > last.height - mm(90):
        sheets.append(Sheet())
        last, y = sheets[-1], TOP
    last.text(last.width - RIGHT - mm(70), y + 40, f"审 判 员　{person_name(rng)}", song(38))
    last.right(last.width - RIGHT - mm(8), y + 150, cn_date(c.basis_effective), song(38))
    seal(last, last.width - RIGHT - mm(36), y + 160, COURT, rng)
    last.text(last.width - RIGHT - mm(70), y + 240, f"书 记 员　{person_name(rng)}", song(38))
    return page_marks(sheets)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 酒泉仲裁委员会's award: its name in hei over a blue rule, 裁决书 in kai-bold, numbered sections."""
    a, r = c.applicant, c.respondent
    blue = (20, 50, 130)
    s = Sheet()
    s.centred(mm(26), "酒泉仲裁委员会", font("hei", 66), spacing=16, fill=blue)
    s.line(mm(22), mm(26) + 96, s.width - mm(22), mm(26) + 96, width=4, fill=blue)
    s.centred(mm(26) + 130, "裁　决　书", font("hei", 72))
    s.right(s.width - mm(24), mm(26) + 240, c.basis_number, font("serif", 36))
    blocks: list[Block] = [
        ("f", "申请人：" + _desc(a)), ("f", "被申请人：" + _desc(r)),
        ("p", "本会根据申请人与被申请人于2022年4月签订的《玉米制种生产收购合同》中的仲裁条款，受理了双方之间的种子"
              "生产合同纠纷，依法组成独任仲裁庭，于2023年开庭审理。"),
        ("f", "一、案情"),
        ("p", f"申请人在总寨镇{c.extra.get('village', '')}承包地种植被申请人提供亲本的制种玉米{c.extra.get('mu', '')}亩，"
              f"秋收后交售经检验合格的种子{c.extra.get('kg', '')}公斤，合同约定收购价每公斤4.60元。被申请人出具结算单后未付款。"),
        ("f", "二、仲裁庭意见"),
        ("p", "双方合同合法有效。被申请人收取种子并出具结算单，应按约定支付收购款。被申请人经合法通知未到庭，不影响仲裁。"),
        ("f", "三、裁决"),
        ("p", f"（一）被申请人{r.name}向申请人{a.name}支付种子收购款{c.amount:,.2f}元；"),
        ("p", "（二）本案仲裁费由被申请人承担。"),
        ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付。本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    sheets, y = run_on(blocks, s, mm(26) + 320, f=font("serif", 38), lh=68, x0=mm(24), width=s.width - mm(48))
    last = sheets[-1]
    if y > last.height - mm(70):
        sheets.append(Sheet())
        last, y = sheets[-1], TOP
    last.text(last.width - mm(90), y + 40, f"仲裁员　{person_name(rng)}", font("serif", 38))
    last.right(last.width - mm(30), y + 140, num_date(c.basis_effective), font("serif", 38))
    seal(last, last.width - mm(55), y + 150, "酒泉仲裁委员会", rng)
    return page_marks(sheets)


def _effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    if _t(c) == "seed":
        s.centred(mm(30), "酒泉仲裁委员会", font("hei", 60), spacing=14, fill=(20, 50, 130))
        s.centred(mm(30) + 110, "裁决书送达及生效证明", font("hei", 62))
        text = (f"{c.applicant.name}与{c.respondent.name}种子生产合同纠纷一案，本会于{num_date(c.basis_effective)}作出"
                f"{c.basis_number}裁决书。该裁决书已依法送达双方当事人，裁决为终局裁决，自作出之日起发生法律效力。")
        maker = "酒泉仲裁委员会"
    else:
        s.centred(mm(30), COURT, font("serif_bold", 56), spacing=6)
        s.centred(mm(30) + 110, "生效证明书", font("serif_bold", 70), spacing=24)
        kind = "民事判决书" if _t(c) == "wind" else "民事调解书"
        text = (f"本院{c.basis_number}{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案的{kind}，已于"
                f"{cn_date(c.basis_effective)}发生法律效力。" + ("双方当事人在法定期间内均未提起上诉。" if _t(c) == "wind" else ""))
        maker = COURT
    _, y = run_on([("p", text), ("p", "特此证明。")], s, mm(30) + 260, lh=74)
    day = c.basis_effective + timedelta(days=rng.randint(6, 20))
    s.right(s.width - RIGHT - mm(8), y + 130, cn_date(day), song(40))
    seal(s, s.width - RIGHT - mm(36), y + 140, maker, rng)
    if maker == COURT:
        s.text(LEFT, y + 300, "（立案庭）", song(34))
    return [s]


# ------------------------------------------------------------------ forms the parties fill by hand

def _party_form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    title, rows, who, day = {
        "property_clue_form": ("被执行人财产线索表", [
            ("被执行人", r.name), ("银行账户", f"{c.extra.get('r_bank', '不详')}{c.extra.get('r_acct', '')}"),
            ("车辆", "不详"), ("不动产", "不详"),
            ("其他财产", {"wind": "对建设单位的工程款债权", "seed": "果园镇晾晒场、库房内种子",
                          "freight": "物流园场地内自有车辆"}[_t(c)]),
            ("线索来源", "申请人掌握")], a, c.filed_on - timedelta(days=2)),
        "payment_account_confirmation": ("执行款收款账户确认书", [
            ("申请执行人", a.name), ("收款户名", a.name), ("开户银行", c.extra["in_bank"]), ("账　　号", c.extra["in_acct"]),
            ("联系电话", a.phone), ("承诺", "以上账户信息真实有效，执行款转入该账户即视为本人收到。")], a, c.filed_on),
        "service_address_confirmation": ("送达地址确认书", [
            ("当事人", a.name), ("送达地址", a.address), ("收件人", a.name if a.kind == "person" else c.agent),
            ("联系电话", a.phone), ("是否同意电子送达", "同意"), ("手机号码", a.phone if a.kind == "person" else c.agent_phone)],
            a, c.filed_on),
        "property_declaration_form": ("被执行人财产申报表", [
            ("被执行人", r.name), ("法定代表人", r.legal_rep), ("银行存款", "见银行流水，余额较少"),
            ("车辆", "无" if _t(c) != "freight" else "半挂牵引车二辆（已抵押）"), ("不动产", "无"),
            ("应收账款", {"wind": "建设单位欠付工程款约三百万元", "seed": "无", "freight": "下游客户运费若干"}[_t(c)])],
            r, made_on_days(c, 14)),
    }[code]
    s = Sheet()
    s.centred(TOP, title, font("serif_bold", 64), spacing=6)
    s.right(s.width - RIGHT, TOP + 110, f"案号：{c.number}", song(34))
    hs = [130] * len(rows)
    y = TOP + 170
    table(s, LEFT, y, [mm(42), WIDTH - mm(42)], [[k, ""] for k, _ in rows], song(36), row_h=hs, centre_first=True)
    for i, (_, v) in enumerate(rows):
        if len(v) > 22:
            pen(s, LEFT + mm(46), y + 130 * i + 14, v[:22], rng, size=34)
            pen(s, LEFT + mm(46), y + 130 * i + 66, v[22:], rng, size=34)
        else:
            pen(s, LEFT + mm(46), y + 130 * i + 40, v, rng, size=38)
    y += sum(hs) + 80
    s.text(LEFT, y, "填表人（签名或盖章）：", song(38))
    signer = who.name if who.kind == "person" else (c.agent if who is a else who.legal_rep)
    signature(s, LEFT + mm(70), y - 8, signer, rng)
    if who.kind == "organisation" and who is r:
        seal(s, s.width - RIGHT - mm(50), y + 40, r.name, rng, radius=mm(19))
    pen(s, s.width - RIGHT - mm(60), y + 110, f"{day.year}.{day.month}.{day.day}", rng, size=38)
    return [s]


def made_on_days(c: CaseCtx, n: int) -> date:
    return c.day(n)


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 网络执行查控系统's feedback list printed from the browser: a small sans table, the URL and time in the margins."""
    s = Sheet()
    f = font("sans", 26)
    d = c.day(6)
    s.text(mm(10), mm(6), f"{num_date(d)} 15:{rng.randint(10, 59)}", f)
    s.centred(mm(22), "全国法院网络执行查控系统　查询结果反馈", font("sans_bold", 44))
    s.text(mm(16), mm(36), f"案号：{c.number}　被查询人：{c.respondent.name}　证件号：{c.respondent.id_number}", f)
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "甘肃银行",
             "兰州银行", "酒泉农村商业银行", "公安部（车辆）", "自然资源部（不动产）", "市场监管总局（股权）"]
    rows = [["序号", "协助单位", "反馈结果", "账户/标的", "余额（元）"]]
    for i, b in enumerate(banks, 1):
        hit = b == c.extra.get("r_bank", "")[:6] or (i == 4 and _t(c) == "wind")
        bal = f"{c.amount * Decimal('1.2'):,.2f}" if hit else (f"{rng.randint(12, 880)}.{rng.randint(10, 99)}" if i % 3 == 0
                                                               else "")
        rows.append([str(i), b, "查询成功" if bal else "未查到", c.extra.get("r_acct", "")[-8:] if hit else "", bal])
    table(s, mm(16), mm(46), [mm(14), mm(56), mm(30), mm(44), s.width - mm(32) - mm(144)], rows, f, row_h=70)
    s.text(mm(10), s.height - mm(10), "http://10.147.4.21/zhcx/cxjg/fkxq.do", f)
    s.right(s.width - mm(10), s.height - mm(10), "1/1", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    half = (c.amount / 2).quantize(Decimal("0.01"))
    terms = ({"wind": f"本院已扣划被执行人存款{half:,.2f}元，剩余{c.amount - half:,.2f}元被执行人于"
                      f"{num_date(c.extra['pay_day'])}前付清；"}.get(_t(c))
             or f"被执行人分两期支付运费{c.amount:,.2f}元：首期{half:,.2f}元于签订本协议当日支付，余款于"
                f"{num_date(c.extra['pay_day'])}前付清；")
    sheets = _lawyer_doc("执行和解协议", [
        ("f", "甲方（申请执行人）：" + _desc(a)), ("f", "乙方（被执行人）：" + _desc(r)),
        ("p", f"甲乙双方就{COURT}{c.number}执行一案，经协商自愿达成如下和解协议："),
        ("p", "一、" + terms), ("p", "二、乙方按期足额付款后，甲方放弃迟延履行期间的债务利息；"),
        ("p", "三、乙方任何一期逾期未付的，甲方有权申请恢复执行原生效法律文书；"),
        ("p", "四、本协议一式三份，双方各执一份，交法院一份。"),
    ], rng, sign="甲方：", day=c.day(30))
    last = sheets[-1]
    signature(last, mm(40), last.height - mm(60), r.legal_rep, rng)
    last.text(mm(25), last.height - mm(70), "乙方：", font("sans", 36))
    seal(last, mm(60), last.height - mm(55), r.name, rng, radius=mm(18))
    return sheets


# ------------------------------------------------------------------ dot-matrix slips off continuous forms

def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """甘肃省非税收入一般缴款书 (the payer's part, 第二联): a pink continuous set torn to size, the data struck through
    the carbon of the first part — lighter, spread — and the bank's teller stamp over it."""
    s = continuous(140, rng, tint=(250, 226, 230))
    red = (190, 60, 80)
    s.centred(mm(8), "甘肃省非税收入一般缴款书", font("serif_bold", 46), fill=red)
    s.text(mm(18), mm(20), "执收单位编码：418001", song(26), fill=red)
    s.right(CONT_W - mm(18), mm(20), f"No.{rng.randint(10**9, 10**10 - 1)}", song(28), fill=red)
    s.text(mm(211), mm(40), "第", song(28), fill=red)
    s.text(mm(211), mm(50), "二", song(28), fill=red)
    s.text(mm(211), mm(60), "联", song(28), fill=red)
    s.text(mm(211), mm(72), "交", song(26), fill=red)
    s.text(mm(211), mm(80), "款", song(26), fill=red)
    s.text(mm(211), mm(88), "人", song(26), fill=red)
    rows = [["缴款人", ""], ["执收单位", ""], ["项目名称", ""], ["金额（大写）", ""], ["金额（小写）", ""], ["备注", ""]]
    aims = form_grid(s, mm(18), mm(26), mm(190), [mm(36)], rows, [mm(12)] * 6, red, song(30))
    rib = Ribbon(rng, carbon=True)
    dx, dy = rng.uniform(-mm(2), mm(4)), rng.uniform(-mm(3), mm(3))
    paid = c.day(rng.randint(2, 4))
    vals = [c.applicant.name, COURT, "申请执行费", money_caps(c.extra["fee"]), f"￥{c.extra['fee']:.2f}",
            f"{c.number} 缴费日期{paid:%Y-%m-%d}"]
    for (x, y), v in zip(aims, vals, strict=True):
        dots(s, x + dx, y + dy, v, rib)
    s.text(mm(18), mm(104), "收款银行（盖章）：", song(28), fill=red)
    seal(s, mm(110), mm(112), "中国农业银行酒泉分行营业部", rng, radius=mm(14), inner="业务受理章")
    dots(s, mm(120) + dx, mm(120) + dy, f"{paid:%Y.%m.%d}", rib)
    return [s]


def _bank_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's 业务回单 for the court's payout to the applicant: a green three-part continuous set; this leaf is the
    court's copy (the top part, struck by the ribbon itself), with the bank's transfer stamp."""
    s = continuous(140, rng, tint=(226, 242, 228))
    green = (40, 120, 70)
    s.centred(mm(7), "中国农业银行　业务回单（付款）", font("serif_bold", 44), fill=green)
    rib = Ribbon(rng)
    dx, dy = rng.uniform(-mm(3), mm(3)), rng.uniform(-mm(2.5), mm(4))
    cols = [mm(26), mm(72), mm(26)]
    rows = [["付款人", "", "收款人", ""], ["账　号", "", "账　号", ""], ["开户行", "", "开户行", ""],
            ["金　额", ""], ["用　途", ""], ["交易流水", ""]]
    form_grid(s, mm(18), mm(22), mm(200), cols, rows, [mm(12)] * 6, green, song(28))
    day = c.extra["pay_day"]
    payee = c.applicant.name
    x1, x2 = mm(18) + mm(28), mm(18) + mm(126)
    base = mm(22) + mm(3)
    for k, (left, right) in enumerate([(COURT, payee), (c.extra["court_acct"], c.extra["in_acct"]),
                                ("农行酒泉分行营业部", c.extra["in_bank"])]):
        dots(s, x1 + dx, base + mm(12) * k + dy, left, rib, pitch=1.35)
        dots(s, x2 + dx, base + mm(12) * k + dy, right, rib, pitch=1.35)
    dots(s, x1 + dx, base + mm(36) + dy, f"CNY{c.amount:,.2f}　{money_caps(c.amount)}", rib)
    dots(s, x1 + dx, base + mm(48) + dy, f"执行款 {c.number}", rib)
    dots(s, x1 + dx, base + mm(60) + dy, f"{day:%Y%m%d}{rng.randint(10**7, 10**8 - 1)}　柜员 {rng.randint(10000, 99999)}", rib)
    dots(s, mm(20) + dx, mm(98) + dy, f"打印日期：{day:%Y-%m-%d}　回单编号：{rng.randint(10**11, 10**12 - 1)}", rib)
    seal(s, CONT_W - mm(52), mm(112), "中国农业银行酒泉分行营业部", rng, radius=mm(15), inner="转讫")
    return [s]
