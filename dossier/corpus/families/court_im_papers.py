"""What 秀洲法院执行局 receives, each in its maker's hand: the court's civil division's 民事判决书 (Noto serif, the
court in bold above, "— n —" folios, a 本件与原本核对无异 stamp) and its 生效证明书; the 秀水公证处's 公证书 and 执行证书
(文楷, title in a box, n/m folios, a seam seal); the lawyers' typed 强制执行申请书 (left-set title, 文楷 body) and their
firm's red-letterhead 函; ID cards and licences as photocopies with the window's 核对 stamp; the window's printed
forms filled in ballpoint; the 浙江省政府非税收入 electronic bill; the 网络查控 system's monospaced printout; a bank's
transfer voucher."""

from __future__ import annotations

import random
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import RED, Sheet, mm, seal, wrap
from dossier.corpus.families.court_im_kit import (
    COURT,
    LEFT,
    RIGHT,
    Block,
    House,
    copy_mark,
    form_title,
    frame,
    pen,
    typeset,
)
from dossier.corpus.fonts import font
from dossier.corpus.paper import stamp

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "payment_voucher",
})
CIVIL = House(body="serif", size=41, leading=1.78, title="serif_bold", title_size=78, title_gap=10, heading="plain",
              issuer_face="serif_bold", number_align="right", footer="dash", left=mm(27), right=mm(25), top=mm(30))
NOTARY = House(body="wenkai", size=42, leading=1.9, title="hei", title_size=76, title_gap=40, heading="boxed",
               issuer_face="hei", number_align="right", footer="slash", left=mm(30), right=mm(28), top=mm(34),
               seam=True)
FIRM = House(body="wenkai", size=42, leading=1.95, title="hei", title_size=66, title_gap=14, heading="left",
             number_align="right", footer="slash", left=mm(32), right=mm(26), top=mm(32))
LETTER = House(body="song_gb", size=41, leading=1.9, title="serif_bold", title_size=62, title_gap=12, heading="letterhead",
               issuer_face="serif_bold", number_align="right", footer="none", left=mm(30), right=mm(28), top=mm(26))
PLAIN = House(body="serif", size=42, leading=2.0, title="serif_bold", title_size=70, title_gap=30, heading="plain",
              footer="none", top=mm(40))


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_im import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return _notarial(c, rng) if t == "loan" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _execution_certificate(c, rng, d) if t == "loan" else _in_effect(c, rng, d)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence_card(c, rng)
    if code == "identity_proof":
        if "guarantor" in served:
            return [_id_card(c.extra["guarantor"], rng)]
        p = c.respondent if "respondent" in served else c.applicant
        return _business_licence(p, c, rng, d) if p.kind == "organisation" else [_id_card(p, rng)]
    if code == "fee_receipt":
        return _fee_bill(c, rng, d)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return _voucher(c, rng, d)
    raise KeyError(code)


def _who(role: str, p: Party) -> Block:
    if p.kind == "organisation":
        rep = "负责人" if "支行" in p.name else ("法定代表人" if "合作社" not in p.name else "法定代表人（理事长）")
        return ("h", f"{role}：{p.name}，住所地{p.address}。{rep}：{p.legal_rep}。")
    born = p.born or date(1975, 1, 1)
    return ("h", f"{role}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，"
                 f"公民身份号码{p.id_number}。")


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    judge, clerk = person_name(rng), person_name(rng)
    d = c.basis_effective - timedelta(days=rng.randint(18, 30))
    if c.extra["tale"] == "loom":
        facts = [
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于2023年立案后，依法适用简易程序，公开开庭进行了审理。原告的委托"
                  "诉讼代理人到庭参加诉讼，被告经本院传票传唤无正当理由未到庭参加诉讼。本案现已审理终结。"),
            ("p", f"原告向本院提出诉讼请求：判令被告支付织机货款{c.amount:,.2f}元及逾期付款损失。事实和理由：2022年，原被告签订"
                  f"《喷水织机购销合同》，约定被告向原告购买{c.extra['model']}{c.extra['looms']}台。原告依约交付并安装调试完毕，"
                  "被告仅支付部分货款，余款经催讨未付。"),
            ("p", "被告未作答辩。"),
            ("p", f"本院经审理认定：原告已按约交付织机{c.extra['looms']}台，被告尚欠货款{c.amount:,.2f}元未付。本院认为，双方之间"
                  "的买卖合同合法有效，被告未按约支付货款，应承担付款责任。依照《中华人民共和国民法典》第五百七十七条、第六百二十八条，"
                  "《中华人民共和国民事诉讼法》第一百四十七条的规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元。"),
        ]
    else:
        facts = [
            ("p", f"原告{a.name}与被告{r.name}土地经营权出租合同纠纷一案，本院立案后依法适用简易程序公开开庭进行了审理。本案现已"
                  "审理终结。"),
            ("p", f"原告诉称：2020年，原告将其承包的位于{c.extra['town']}{c.extra['village']}的{c.extra['mu']}亩承包地出租给被告种植"
                  f"果蔬，约定年租金每亩{c.extra['rent']}元，每年十二月底前付清。被告自2021年起未付租金，经村委会多次调解未果。"),
            ("p", "被告辩称：因经营亏损暂时无力支付，对欠款数额无异议。"),
            ("p", f"本院认为，原被告之间的土地经营权出租合同合法有效，被告拖欠{c.extra['years']}年租金计{c.amount:,.2f}元，应予支付。"
                  "依照《中华人民共和国农村土地承包法》第三十九条、《中华人民共和国民法典》第七百二十一条、第七百二十二条的规定，"
                  "判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}土地租金{c.amount:,.2f}元。"),
        ]
    blocks: list[Block] = [
        _who("原告", a), _who("被告", r), *facts,
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于浙江省嘉兴市"
              "中级人民法院。"),
        ("gap", ""), ("sig", f"审判员　{judge}"), ("date", cn_date(d)), ("sig", f"书记员　{clerk}"),
    ]
    sheets = typeset(CIVIL, "民事判决书", blocks, rng, issuer=COURT, number=c.basis_number, seal_name=COURT)
    last = sheets[-1]
    stamp(last, LEFT, last.height - mm(62), ["本件与原本核对无异"], rng, size_mm=4.2)
    return sheets


def _in_effect(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "生效证明书", issuer=COURT, y=mm(40), size=72)
    s.right(s.width - RIGHT, y, c.basis_number, font("serif", 40))
    y += 110
    body = font("serif", 44)
    text = (f"本院{c.basis_number}{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案的民事判决书，已于"
            f"{cn_date(c.basis_effective)}发生法律效力。")
    for k, part in enumerate(wrap(text, body, s.width - LEFT - RIGHT, indent=body.size * 2)):
        s.text(LEFT + (body.size * 2 if k == 0 else 0), y, part, body)
        y += 88
    s.text(LEFT + body.size * 2, y, "特此证明。", body)
    y += 240
    s.right(s.width - RIGHT - mm(10), y, "民事审判庭", body)
    s.right(s.width - RIGHT - mm(10), y + 90, cn_date(d), body)
    seal(s, s.width - RIGHT - mm(38), y + 60, COURT, rng, radius=mm(20))
    return [s]


def _notarial(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r, g = c.applicant, c.respondent, c.extra["guarantor"]
    notary = person_name(rng)
    d = c.filed_on - timedelta(days=rng.randint(300, 420))
    blocks: list[Block] = [
        _who("申请人", a), _who("申请人", r), _who("申请人", g),
        ("f", "公证事项：赋予债权文书强制执行效力"),
        ("p", f"兹证明债权人{a.name}的负责人{a.legal_rep}、借款人{r.name}与保证人{g.name}于{num_date(d)}在本公证员面前，签署了"
              f"前面的《个人经营性借款合同》（编号{c.extra['contract_no']}）及《保证合同》。合同约定借款本金"
              f"{money(c.extra['principal'])}，借款期限十二个月，借款用于{c.extra['shop']}的经营周转，保证人承担连带保证责任。"),
        ("p", "经查，上述当事人具有签订合同的民事权利能力和民事行为能力，意思表示真实，合同内容不违反法律、行政法规的强制性规定。"
              "当事人在合同中明确约定：债务人不履行或者不适当履行合同义务时，自愿接受依法强制执行。"),
        ("p", "依照《中华人民共和国公证法》第三十七条的规定，本公证书所证明的债权文书具有强制执行效力。债务人不履行或者不适当履行"
              "的，债权人可以向本公证处申请出具执行证书，并凭本公证书及执行证书向有管辖权的人民法院申请执行。"),
        ("gap", ""), ("c", "中华人民共和国浙江省嘉兴市秀水公证处"), ("sig", f"公证员　{notary}"), ("date", cn_date(d)),
    ]
    return typeset(NOTARY, "公　证　书", blocks, rng, number=c.extra["notary_no"], seal_name=c.extra["notary"])


def _execution_certificate(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r, g = c.applicant, c.respondent, c.extra["guarantor"]
    blocks: list[Block] = [
        _who("申请执行人", a), _who("被申请执行人", r), _who("被申请执行人", g),
        ("p", f"本处于2023年出具的{c.extra['notary_no']}公证书，赋予债权人{a.name}与债务人{r.name}、保证人{g.name}签订的"
              f"《个人经营性借款合同》（编号{c.extra['contract_no']}）强制执行效力。"),
        ("p", "借款到期后，债务人未按约归还借款本息。本处根据债权人的申请，向债务人、保证人进行了核实，其对欠款事实无异议。"),
        ("p", "依照《中华人民共和国公证法》第三十七条、《公证程序规则》第五十五条的规定，出具本执行证书。执行标的如下："),
        ("p", f"一、借款本金{money(c.extra['principal'])}；"),
        ("p", f"二、截至{num_date(c.filed_on - timedelta(days=22))}的利息、罚息人民币{c.extra['interest']:,.2f}元，此后的利息按合同"
              "约定计至实际清偿之日；"),
        ("p", f"三、保证人{g.name}对上述债务承担连带清偿责任。"),
        ("p", "申请执行人可持本执行证书及原公证书，向被执行人住所地或者被执行的财产所在地人民法院申请执行。"),
        ("gap", ""), ("c", "中华人民共和国浙江省嘉兴市秀水公证处"), ("sig", f"公证员　{person_name(rng)}"), ("date", cn_date(d)),
    ]
    return typeset(NOTARY, "执　行　证　书", blocks, rng, number=c.extra["cert_no"], seal_name=c.extra["notary"])


def _basis_ref(c: CaseCtx) -> str:
    if c.extra["tale"] == "loan":
        return f"{c.extra['notary']}{c.extra['notary_no']}公证书及{c.extra['cert_no']}执行证书"
    return f"嘉兴市秀洲区人民法院{c.basis_number}民事判决书"


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r, t = c.applicant, c.respondent, c.extra["tale"]
    resp = [_who("被申请人", r)]
    if t == "loan":
        resp.append(_who("被申请人", c.extra["guarantor"]))
        ask = (f"一、请求依法强制执行被申请人{r.name}、{c.extra['guarantor'].name}连带偿还借款本金{c.extra['principal']:,.2f}元"
               f"及利息{c.extra['interest']:,.2f}元，合计{money(c.amount)}，并支付此后至实际清偿日的利息；")
    else:
        ask = f"一、请求依法强制执行被申请人{r.name}支付{'货款' if t == 'loom' else '土地租金'}{money(c.amount)}；"
    facts = {
        "loom": f"申请人与被申请人买卖合同纠纷一案，经{_basis_ref(c)}判决，被申请人应支付申请人织机货款。判决已发生法律效力，"
                f"被申请人至今分文未付。据申请人了解，被申请人厂房内仍有申请人供应的{c.extra.get('model', '')}在使用。",
        "loan": f"申请人与被申请人金融借款合同纠纷，经{_basis_ref(c)}赋予强制执行效力并出具执行证书。借款到期后，被申请人经多次"
                "催收仍未还款。",
        "rent": f"申请人与被申请人土地经营权出租合同纠纷一案，经{_basis_ref(c)}判决，被申请人应支付申请人土地租金。判决生效后，"
                "被申请人未履行。",
    }[t]
    blocks: list[Block] = [
        _who("申请人", a), ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"), *resp,
        ("f", "请求事项："), ("p", ask), ("p", "二、加倍支付迟延履行期间的债务利息；"), ("p", "三、本案执行费用由被申请人承担；"),
        ("p", "四、被申请人逾期不履行的，请求对被申请人采取限制高消费措施，并将其纳入失信被执行人名单。"),
        ("f", "事实与理由："), ("p", facts),
        ("p", "为维护申请人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
        ("f", "此致"), ("f", COURT), ("gap", ""),
    ]
    if a.kind == "organisation":
        blocks += [("sig", f"申请人　{a.name}"), ("date", num_date(d))]
        sheets = typeset(FIRM, "强制执行申请书", blocks, rng, seal_name=a.name, hand_face="wenkai")
    else:
        blocks += [("hsig", f"申请人　{a.name}"), ("date", num_date(d))]
        sheets = typeset(FIRM, "强制执行申请书", blocks, rng, hand_face="wenkai")
    return sheets


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    blocks: list[Block] = [
        ("f", f"委托人：{a.name}"), ("f", f"住所：{a.address}"),
        ("f", f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"), ("gap", ""),
        ("p", f"现委托上列受托人在委托人申请执行{c.respondent.name}{c.extra['cause']}一案中，作为委托人的代理人。"),
        ("f", "代理权限为：特别授权，代为申请执行，提供财产线索，参加执行谈话，代为和解，代为签收法律文书，代为领取执行款。"),
        ("gap", ""),
    ]
    hand = a.kind == "person"
    blocks += [("hsig" if hand else "sig", f"委托人　{a.name}"), ("hsig", f"受托人　{c.agent}"),
               ("date", num_date(d))]
    return typeset(PLAIN, "授 权 委 托 书", blocks, rng, seal_name="" if hand else a.name, hand_face="kai_gb")


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    no = f"禾律执函〔2024〕第{rng.randint(10, 199)}号"
    blocks: list[Block] = [
        ("f", f"{COURT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师作为其与{c.respondent.name}{c.extra['cause']}执行一案的"
              "代理人，参与执行程序。"),
        ("p", "特此函告。"),
        ("n", f"附：授权委托书一份。　律师执业证号：{c.extra['licence']}"),
        ("n", f"本所地址：{c.extra['firm_addr']}　电话：0573-8{rng.randint(2000000, 2999999)}"),
        ("gap", ""), ("sig", f"{c.firm}　"), ("date", cn_date(d)),
    ]
    return typeset(LETTER, "律 师 事 务 所 函", blocks, rng, issuer=c.firm, number=no, seal_name=c.firm)


def _card(s: Sheet, x: float, y: float, w: float, h: float, tone: int = 232) -> None:
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=28, fill=(tone, tone, tone - 4), outline=(90, 90, 90), width=3)


def _licence_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.text(LEFT, mm(22), "律师执业证（复印件）", font("song_gb", 34))
    x, y, w, h = LEFT + mm(10), mm(40), mm(150), mm(100)
    _card(s, x, y, w, h, 226)
    s.draw.rectangle((x + mm(8), y + mm(22), x + mm(42), y + mm(66)), fill=(170, 170, 170))
    f = font("song_gb", 34)
    s.centred(y + mm(6), "中华人民共和国律师执业证", font("hei", 46), x0=x, x1=x + w)
    rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]), ("持证人", c.agent),
            ("性别", rng.choice("男女")), ("发证机关", "浙江省司法厅")]
    for k, (label, value) in enumerate(rows):
        s.text(x + mm(50), y + mm(22) + k * mm(11), f"{label}：{value}", f)
    seal(s, x + w - mm(28), y + h - mm(26), "浙江省司法厅", rng, radius=mm(15))
    y2 = y + h + mm(16)
    _card(s, x, y2, w, h, 230)
    s.centred(y2 + mm(8), "律师年度考核备案", font("hei", 40), x0=x, x1=x + w)
    frame(s, x + mm(10), y2 + mm(22), [mm(40), mm(90)], [["考核年度", "考核结果"], ["2022年度", "称职"], ["2023年度", "称职"]],
          f, heights=mm(12), labels=(0, 1), outer=False)
    stamp(s, x + mm(80), y2 + mm(60), ["嘉兴市司法局", "年度考核备案专用章"], rng, size_mm=3.6, oval=True)
    copy_mark(s, s.width - RIGHT - mm(72), s.height - mm(50), rng)
    return [s]


def _id_card(p: Party, rng: random.Random) -> Sheet:
    s = Sheet()
    s.text(LEFT, mm(22), f"{p.name}身份证复印件", font("song_gb", 32))
    x, w, h = (s.width - mm(128)) / 2, mm(128), mm(81)
    y = mm(46)
    _card(s, x, y, w, h, 236)
    f = font("hei", 30)
    born = p.born or date(1975, 1, 1)
    lines = [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}　年　{born.month}　月　{born.day}　日"),
             ("住址", p.address[:14]), ("", p.address[14:])]
    for k, (label, value) in enumerate(lines):
        if label:
            s.text(x + mm(8), y + mm(8) + k * mm(10), label, font("hei", 28), fill=(70, 90, 130))
        if value:
            s.text(x + mm(24), y + mm(8) + k * mm(10), value, f)
    s.text(x + mm(8), y + h - mm(13), "公民身份号码", font("hei", 28), fill=(70, 90, 130))
    s.text(x + mm(42), y + h - mm(14), p.id_number, font("mono", 38))
    s.draw.rectangle((x + w - mm(38), y + mm(10), x + w - mm(8), y + mm(48)), fill=(150, 150, 150))
    y2 = y + h + mm(14)
    _card(s, x, y2, w, h, 236)
    s.centred(y2 + mm(20), "中华人民共和国", font("serif_bold", 50), x0=x, x1=x + w)
    s.centred(y2 + mm(34), "居 民 身 份 证", font("serif_bold", 66), x0=x, x1=x + w)
    issued = date(rng.randint(2015, 2021), rng.randint(1, 12), rng.randint(1, 28))
    s.text(x + mm(12), y2 + h - mm(22), "签发机关　嘉兴市公安局秀洲区分局", font("hei", 28))
    s.text(x + mm(12), y2 + h - mm(12), f"有效期限　{issued:%Y.%m.%d}-{issued.year + 20}.{issued:%m.%d}", font("hei", 28))
    pen(s, s.width / 2 - mm(30), y2 + h + mm(20), "此复印件与原件一致", rng, size=44)
    pen(s, s.width / 2 - mm(10), y2 + h + mm(36), p.name, rng, size=48)
    return s


def _business_licence(p: Party, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    x0, x1 = LEFT - mm(6), s.width - RIGHT + mm(6)
    s.box(x0, mm(24), x1, mm(230), width=8)
    s.box(x0 + mm(3), mm(27), x1 - mm(3), mm(227), width=2)
    s.centred(mm(40), "营 业 执 照", font("serif_bold", 110), spacing=mm(3))
    s.centred(mm(64), "（副　本）", font("song_gb", 40))
    s.text(LEFT + mm(4), mm(78), f"统一社会信用代码　{p.id_number}", font("song_gb", 36))
    coop = "合作社" in p.name
    kind = ("农民专业合作社" if coop else "股份有限公司分公司" if "支行" in p.name else "有限责任公司（自然人投资或控股）")
    rep = "负责人" if "支行" in p.name else "法定代表人"
    scope = ("蔬菜、水果种植、销售；组织收购、销售成员种植的农产品" if coop else "经营中国银行业监督管理机构批准的业务" if "支行" in p.name
             else "纺织机械及配件制造、销售、安装" if "机械" in p.name else "化纤布织造、加工、销售")
    rows = [("名　　称", p.name), ("类　　型", kind), (rep, p.legal_rep), ("经营范围", scope),
            ("成立日期", f"{rng.randint(2006, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    y = mm(94)
    f = font("song_gb", 36)
    for label, value in rows:
        s.text(LEFT + mm(4), y, label, font("hei", 36))
        for part in wrap(value, f, s.width - LEFT - RIGHT - mm(44)):
            s.text(LEFT + mm(40), y, part, f)
            y += mm(9)
        y += mm(3)
    s.text(s.width - RIGHT - mm(82), mm(196), "登记机关", font("hei", 36))
    seal(s, s.width - RIGHT - mm(40), mm(200), "嘉兴市秀洲区市场监督管理局", rng, radius=mm(19))
    s.text(s.width - RIGHT - mm(82), mm(214), f"{rng.randint(2020, 2023)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    stamp(s, LEFT, mm(240), [f"与原件核对一致　{p.name}"], rng, size_mm=3.8)
    if p is c.respondent:
        copy_mark(s, s.width - RIGHT - mm(72), s.height - mm(40), rng)
        return [s]
    title = "负责人身份证明书" if "支行" in p.name else "法定代表人身份证明书"
    body = [("p", f"{p.legal_rep}在我单位担任{'行长' if '支行' in p.name else '执行董事兼总经理'}职务，是我单位的{rep}。"),
            ("p", "特此证明。"), ("gap", ""), ("n", f"附：{rep}身份证复印件"), ("gap", ""), ("sig", f"单位　{p.name}"),
            ("date", cn_date(d))]
    sheets = typeset(PLAIN, title, body, rng, seal_name=p.name)
    second = sheets[0]
    second.starts_document = True
    return [s, second]


def _fee_bill(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    green = (30, 110, 90)
    s.centred(mm(26), "浙江省政府非税收入统一票据（电子）", font("serif_bold", 56), fill=green)
    f = font("song_gb", 32)
    s.text(LEFT, mm(44), f"票据代码：33060124　　票据号码：{rng.randint(10**9, 10**10 - 1)}", f)
    s.text(LEFT, mm(52), f"交款人统一社会信用代码：{c.applicant.id_number}　　校验码：{rng.randint(100000, 999999)}", f)
    s.text(LEFT, mm(60), f"交款人：{c.applicant.name}　　开票日期：{d:%Y-%m-%d}", f)
    w = s.width - LEFT - RIGHT
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"],
            ["103040010", "申请执行费", "件", "1", "", f"{c.extra['fee']:,.2f}"], ["", "", "", "", "", ""],
            ["金额合计（大写）", money_caps(c.extra["fee"]), "", "", "（小写）", f"{c.extra['fee']:,.2f}"],
            ["备注", f"案号：{c.number}"]]
    frame(s, LEFT, mm(70), [mm(34), mm(44), mm(16), mm(16), mm(22), w - mm(132)], rows, f,
          heights=[mm(11), mm(12), mm(12), mm(12), mm(16)], labels=(), outer=False)
    s.text(LEFT, mm(140), f"执收单位：{COURT}　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f)
    seal(s, LEFT + mm(40), mm(122), "浙江省财政厅票据监制章", rng, radius=mm(15))
    seal(s, s.width - RIGHT - mm(40), mm(126), COURT, rng, radius=mm(17), inner="财务专用章")
    s.text(LEFT, mm(156), "（本票据为电子票据打印件，可通过浙江省财政电子票据查验平台查验真伪）", font("song_gb", 28))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    a, r, t = c.applicant, c.respondent, c.extra["tale"]
    w = s.width - LEFT - RIGHT
    f = font("song_gb", 34)
    filler = c.agent
    title = {"property_clue_form": "被执行人财产线索表", "payment_account_confirmation": "申请执行人收取案款确认书",
             "service_address_confirmation": "送达地址确认书", "property_declaration_form": "财产申报表"}[code]
    y = form_title(s, title)
    s.text(LEFT, y - 6, f"案号：{c.number if code != 'property_clue_form' else '（立案后填写）'}", f)
    y += 56
    if code == "property_clue_form":
        clue = {"loom": f"被执行人厂房（王江泾镇）内有{c.extra.get('model', '')}约{c.extra.get('looms', '')}台，系申请人供应",
                "loan": f"被执行人在{c.extra.get('r_bank', '')}有经营流水账户；保证人在{c.extra.get('g_bank', '')}有工资账户",
                "rent": "被执行人原有旋耕机一台、冷库设备，现状不明"}[t]
        rows = [["被执行人", r.name], ["证件号码", r.id_number], ["财产类别", "线索内容"], ["银行存款", clue if t == "loan" else "不详"],
                ["机器设备", clue if t != "loan" else "无"], ["不动产", "不详"], ["车辆", "不详"], ["其他", ""]]
        hs = [mm(15), mm(15), mm(13), mm(30), mm(30), mm(15), mm(15), mm(24)]
        boxes = frame(s, LEFT, y, [mm(40), w - mm(40)], [[x[0], ""] for x in rows], f, heights=hs)
        right = [b for b in boxes if b[0] > LEFT]
        for (label, value), b in zip(rows, right, strict=True):
            if value and label != "财产类别":
                pen(s, b[0] + mm(4), b[1] + mm(3), value, rng, size=36, per_line=24, lead=mm(8))
            elif label == "财产类别":
                s.centred(b[1] + mm(3), value, font("hei", 34), x0=b[0], x1=b[2])
        yb = boxes[-1][3]
    elif code == "payment_account_confirmation":
        rows = [["收款人", a.name], ["开户银行", c.extra["in_bank"]], ["账　号", c.extra["in_acct"]],
                ["联系电话", a.phone if a.kind == "person" else c.agent_phone]]
        boxes = frame(s, LEFT, y, [mm(40), w - mm(40)], [[x[0], ""] for x in rows], f, heights=mm(17))
        right = [b for b in boxes if b[0] > LEFT]
        for (_label, value), b in zip(rows, right, strict=True):
            pen(s, b[0] + mm(5), b[1] + mm(4), value, rng, size=40)
        yb = boxes[-1][3] + mm(10)
        for part in wrap("本人（单位）确认：本案执行款请划入上述账户。上述账户信息如有变更，将及时书面告知法院；因账户信息错误导致"
                         "款项无法到账或错付的，由本人（单位）承担责任。", f, w):
            s.text(LEFT, yb, part, f)
            yb += mm(8)
    elif code == "service_address_confirmation":
        rows = [["受送达人", a.name], ["送达地址", a.address if a.kind == "person" else c.extra["firm_addr"]],
                ["收件人", a.name if a.kind == "person" else c.agent], ["联系电话", a.phone if a.kind == "person" else c.agent_phone],
                ["电子送达", "同意，手机号码同上"], ["告知事项", ""]]
        boxes = frame(s, LEFT, y, [mm(40), w - mm(40)], [[x[0], ""] for x in rows], f,
                      heights=[mm(16), mm(22), mm(16), mm(16), mm(16), mm(56)])
        right = [b for b in boxes if b[0] > LEFT]
        for (_label, value), b in zip(rows[:5], right[:5], strict=True):
            pen(s, b[0] + mm(5), b[1] + mm(3), value, rng, size=38, per_line=22, lead=mm(8))
        ty = right[5][1] + mm(3)
        for part in wrap("一、受送达人提供的送达地址适用于执行程序；二、地址变更应及时书面告知法院；三、因提供的地址不准确或未及时"
                         "告知变更，导致法律文书未能实际接收的，文书退回之日视为送达之日。", font("song_gb", 30), right[5][2] - right[5][0] - mm(8)):
            s.text(right[5][0] + mm(4), ty, part, font("song_gb", 30))
            ty += mm(7)
        yb = boxes[-1][3]
    else:
        filler = r.legal_rep if r.kind == "organisation" else r.name
        stuff = {"loom": [("银行存款", "嘉兴银行王江泾支行，余额约3千元"), ("机器设备", f"{c.extra.get('model', '')}{c.extra.get('looms', '')}台"),
                          ("不动产", "无（厂房系租赁）"), ("车辆", "无"), ("应收款", "客户欠加工费约2万元，难以收回")],
                 "loan": [("银行存款", f"{c.extra.get('r_bank', '')}，余额不清楚"), ("不动产", "农村自建房一处（未办证）"),
                          ("车辆", "无"), ("经营情况", "毛衫店已转让"), ("其他", "无")],
                 "rent": [("银行存款", "基本户余额为零"), ("机器设备", "无"), ("不动产", "无"), ("车辆", "无"),
                          ("经营情况", "2023年起停止经营")]}[t]
        rows = [["申报人", r.name], *[[k, v] for k, v in stuff], ["申报人承诺", ""]]
        boxes = frame(s, LEFT, y, [mm(40), w - mm(40)], [[x[0], ""] for x in rows], f,
                      heights=[mm(16)] + [mm(20)] * len(stuff) + [mm(30)])
        right = [b for b in boxes if b[0] > LEFT]
        for (_label, value), b in zip(rows, right, strict=True):
            if value:
                pen(s, b[0] + mm(5), b[1] + mm(4), value, rng, size=38, per_line=24, lead=mm(8))
        s.text(right[-1][0] + mm(4), right[-1][1] + mm(4), "以上申报内容真实、完整，如有虚假，愿承担法律责任。", font("song_gb", 30))
        yb = boxes[-1][3]
    yb += mm(16)
    s.text(s.width - RIGHT - mm(100), yb, "填表人（签名）：", f)
    pen(s, s.width - RIGHT - mm(46), yb - 6, filler, rng, size=48)
    pen(s, s.width - RIGHT - mm(80), yb + mm(16), num_date(d), rng, size=40)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络查控 system's feedback printed from the case system: monospaced, a ruled table, the print time."""
    t = c.extra["tale"]
    s = Sheet()
    mono = font("mono", 28)
    s.centred(mm(24), "执行网络查控系统 总对总查询反馈结果", font("hei", 46))
    s.text(LEFT - mm(8), mm(38), f"案号：{c.number}　承办人：{c.officer}　查询发起：{d:%Y-%m-%d} 09:1{rng.randint(0, 9)}", mono)
    targets = [(c.respondent.name, c.respondent.id_number)]
    if t == "loan":
        targets.append((c.extra["guarantor"].name, c.extra["guarantor"].id_number))
    rows = [["被查询人", "协助单位", "查询类别", "反馈结果", "反馈时间"]]
    for name, _no in targets:
        for unit, kind in (("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国建设银行", "存款"), ("嘉兴银行", "存款"),
                           ("浙江农商联合银行", "存款"), ("支付宝（中国）", "网络资金"), ("自然资源部", "不动产"), ("公安部交管局", "车辆"),
                           ("中国证券登记结算", "证券")):
            result = "未开户/无财产"
            if t == "loan" and name == c.respondent.name and unit[:4] in c.extra["r_bank"][:6]:
                result = f"账号{c.extra['r_acct'][-6:]} 余额{c.extra['from_r']:,.2f}"
            elif t == "loan" and name != c.respondent.name and unit == "中国工商银行":
                result = f"账号{c.extra['g_acct'][-6:]} 余额{c.amount - c.extra['from_r'] + c.extra['fee']:,.2f}"
            elif t == "loom" and unit == "嘉兴银行":
                result = f"基本户 余额{rng.randint(1000, 5000)}.{rng.randint(10, 99)}"
            elif kind == "存款" and rng.random() < 0.3:
                result = "余额0.00"
            fed = d + timedelta(days=rng.randint(0, 2))
            rows.append([name, unit, kind, result, f"{fed:%m-%d}"])
    w = s.width - LEFT - RIGHT + mm(16)
    y = mm(46)
    boxes = frame(s, LEFT - mm(8), y, [mm(34), mm(40), mm(24), w - mm(128)], rows, mono, heights=mm(8.2), labels=(), outer=False)
    s.text(LEFT - mm(8), boxes[-1][3] + mm(6), f"打印时间：{d + timedelta(days=3):%Y-%m-%d} 16:{rng.randint(10, 59)}　打印人：{c.clerk}", mono)
    return [s]


def _voucher(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The court's 案款发放 order with the bank's transfer voucher printed under it."""
    s = Sheet()
    y = form_title(s, "执行案款发放审批表")
    w = s.width - LEFT - RIGHT
    f = font("song_gb", 32)
    rows = [["案号", c.number], ["收款人", c.applicant.name, "账号", c.extra["in_acct"]], ["开户行", c.extra["in_bank"]],
            ["发放金额", f"{money(c.amount)}"], ["款项来源", "变卖款" if c.extra["tale"] == "loom" else "扣划存款"],
            ["承办人", "", "执行局审批", ""]]
    boxes = frame(s, LEFT, y, [mm(30), mm(60), mm(30), w - mm(120)], rows, f, heights=[mm(13)] * 5 + [mm(22)], labels=(0, 2))
    last = [b for b in boxes if b[1] == boxes[-1][1]]
    pen(s, last[1][0] + mm(4), last[1][1] + mm(5), c.officer, rng, size=40)
    pen(s, last[3][0] + mm(4), last[3][1] + mm(5), f"同意 {person_name(rng)}", rng, size=40)
    y = boxes[-1][3] + mm(22)
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    y += mm(8)
    s.centred(y, "嘉兴银行 网上银行电子回单", font("hei", 44))
    y += mm(14)
    rows2 = [["付款人", COURT, "收款人", c.applicant.name], ["付款账号", c.extra["court_acct"], "收款账号", c.extra["in_acct"]],
             ["付款行", "嘉兴银行秀洲支行", "收款行", c.extra["in_bank"]], ["金额", f"￥{c.amount:,.2f}　{money_caps(c.amount)}"],
             ["用途", f"{c.number}执行款"], ["交易时间", f"{d:%Y-%m-%d} 14:{rng.randint(10, 59)}:{rng.randint(10, 59)}"],
             ["流水号", f"{d:%Y%m%d}{rng.randint(10**9, 10**10 - 1)}"]]
    boxes2 = frame(s, LEFT, y, [mm(26), mm(66), mm(26), w - mm(118)], rows2, font("song_gb", 28), heights=mm(11), labels=(0, 2),
                   outer=False)
    stamp(s, s.width - RIGHT - mm(70), boxes2[-1][3] - mm(30), ["嘉兴银行秀洲支行", "电子回单专用章", f"{d:%Y.%m.%d}"], rng,
          size_mm=3.4, oval=True, colour=RED)
    return [s]

