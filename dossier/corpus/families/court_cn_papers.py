"""Papers that reach the 椒江 bureau from others, each in its author's style: 台州仲裁委员会's award and its
生效证明, 台州中院's appeal judgment, the court's own 调解书 copy, a 台州 lawyer's application, 所函 and 委托书, forms
the parties filled by hand, ID and licence copies, the 查控 system's printout, bank and 非税 slips (two to a shot)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from PIL import ImageDraw

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date
from dossier.corpus.draw import BLUE_INK, INK, RED, Sheet, hand, mm, seal, signature, wrap
from dossier.corpus.families.court_cn_kit import (
    ARB_HAND,
    CASE_HAND,
    COURT,
    FIRM_HAND,
    LAW_HAND,
    MID_HAND,
    SHORT,
    f_,
    grid,
    typed,
)
from dossier.corpus.paper import stamp

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "payment_voucher",
})
MID = "浙江省台州市中级人民法院"
ARB = "台州仲裁委员会"
COURT_ACCOUNT = ("台州市椒江区人民法院执行款专户", "浙江泰隆商业银行台州椒江支行", "3301020090000123")


def render_received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r, x = c.applicant, c.respondent, c.extra
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "enforcement_basis":
        return {"pump": _award, "loan": _appeal, "mould": _mediation}[x["tale"]](c, rng)
    if code == "effectiveness_certificate":
        return typed(ARB_HAND, "裁决书生效证明", [
            ("f", f"{a.name}："),
            ("p", f"你单位与{r.name}{x['cause']}一案，本会于{cn_date(c.basis_effective)}作出{c.basis_number}裁决书。该裁决书已于"
                  f"{cn_date(c.basis_effective + timedelta(days=3))}以邮寄方式分别送达双方当事人。"),
            ("p", "根据《中华人民共和国仲裁法》第五十七条的规定，裁决书自作出之日起发生法律效力。截至本证明出具之日，本会未收到"
                  "人民法院撤销或者不予执行该裁决的裁定。"),
            ("p", "特此证明。"),
            ("g", ""), ("r", ARB), ("r", cn_date(c.filed_on - timedelta(days=9))),
        ], issuer=ARB, number=f"台仲证字〔2024〕第{c.basis_number[-5:-2].strip('第')}号", seal_name=ARB, rng=rng)
    if code == "property_clue_form":
        return [_clues(c, rng)]
    if code == "fee_receipt":
        return [_fee(c, rng)]
    if code == "identity_proof":
        if served == ["respondent"]:
            return [_two_ids(c, rng)] if x["tale"] == "loan" else [_registry(r, c, rng)]
        if a.kind == "person":
            return [_id_copy(a, c, rng)]
        lic = _licence(a, rng)
        rep = _rep_cert(a, c, rng)
        rep.starts_document = True
        return [lic, rep]
    if code == "power_of_attorney":
        return [_attorney(c, rng)]
    if code == "law_firm_letter":
        day = c.filed_on - timedelta(days=3)
        return typed(FIRM_HAND, "律 师 事 务 所 函", [
            ("f", f"{SHORT}："),
            ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其申请执行{r.name if x['tale'] != 'loan' else r.name + '等'}"
                  f"{x['cause']}一案的委托代理人，代为申请执行、参与执行、签收法律文书、领取执行款等。"),
            ("p", "特此函告。"),
            ("f", "附：授权委托书一份、律师执业证复印件一份"),
            ("g", ""), ("r", c.firm), ("r", cn_date(day)),
            ("g", ""),
            ("f", f"律师：{c.agent}　　电话：{c.agent_phone}"),
            ("f", f"地址：{x['firm_addr']}"),
        ], issuer=c.firm, number=f"浙{c.firm[2:4]}律执字〔2024〕第{(c.filed_on.toordinal() % 90) + 10}号", seal_name=c.firm,
            rng=rng, banner=c.firm)
    if code == "lawyer_license":
        return [_booklet(c, rng)]
    if code == "payment_account_confirmation":
        return [_account(c, rng)]
    if code == "service_address_confirmation":
        return [_address(c, rng)]
    if code == "property_declaration_form":
        return [_declaration(c, rng)]
    if code == "online_inquiry_result":
        return [_inquiry(c, rng)]
    return [_vouchers(c, rng)]


def _sign_org(s: Sheet, p: Party, x0: float, y: float, rng: random.Random) -> None:
    if p.kind == "organisation":
        seal(s, x0 + mm(30), y + mm(4), p.name, rng, radius=mm(19))
    else:
        signature(s, x0 + mm(8), y - mm(2), p.name, rng)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r, x = c.applicant, c.respondent, c.extra
    parties: list[tuple[str, str]] = []
    if a.kind == "organisation":
        parties += [("k", f"申请执行人：{a.name}"), ("k", f"住所地：{a.address}"), ("k", f"统一社会信用代码：{a.id_number}"),
                    ("k", f"法定代表人：{a.legal_rep}　职务：执行董事")]
    else:
        parties += [("k", f"申请执行人：{a.name}，{a.sex}，{num_date(a.born or date(1980, 1, 1))}生，住{a.address}"),
                    ("k", f"身份证号：{a.id_number}　联系电话：{a.phone}")]
    parties.append(("k", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"))
    debtors = [r] + ([x["guarantor"]] if x.get("guarantor") else [])
    for p in debtors:
        if p.kind == "organisation":
            parties += [("k", f"被执行人：{p.name}"), ("k", f"住所地：{p.address}"), ("k", f"法定代表人：{p.legal_rep}")]
        else:
            parties.append(("k", f"被执行人：{p.name}，{p.sex}，身份证号{p.id_number}，住{p.address}"))
    kind = {"arbitration": "裁决书", "mediation": "民事调解书"}.get(c.basis_kind, "民事判决书")
    if x["tale"] == "pump":
        facts = (f"申请人与被申请人因{x['hull']}配套{x['pumps']}买卖合同发生争议，{ARB}于{cn_date(c.basis_effective)}作出"
                 f"{c.basis_number}裁决书，裁决被申请人支付货款及违约金。裁决书已发生法律效力，被申请人至今分文未付。")
    elif x["tale"] == "loan":
        facts = (f"被执行人{r.name}于{num_date(x['lent'])}向申请人借款，约定{x['rate']}，{x['guarantor'].name}提供连带责任保证。"
                 f"借款到期后经催讨未还，申请人诉至{SHORT}，一审判决后被执行人上诉，{MID}作出{c.basis_number}民事判决书，驳回上诉，"
                 "维持原判。判决生效后，被执行人未履行。")
    else:
        facts = (f"申请人为被申请人开发制作{x['mould']}，被申请人拖欠模具款。经{SHORT}主持调解，双方于{cn_date(c.basis_effective)}"
                 f"达成{c.basis_number}民事调解书，被申请人未按约付款。")
    parts: list[tuple[str, str]] = [*parties, ("s", "请求事项："),
        ("p", f"一、请求依法强制执行{c.basis_court}{c.basis_number}{kind}，责令被执行人支付{money(c.amount)}及迟延履行期间的债务利息；"),
        ("p", "二、请求对被执行人采取限制高消费措施，并将其纳入失信被执行人名单；"),
        ("p", "三、本案执行费用由被执行人承担。"),
        ("s", "事实与理由："), ("p", facts),
        ("p", f"现依据{'《中华人民共和国民事诉讼法》第二百四十八条' if c.basis_kind == 'arbitration' else '《中华人民共和国民事诉讼法》第二百四十七条'}"
              "之规定，特向贵院申请强制执行。"),
        ("f", "此致"), ("f", COURT.removeprefix("浙江省")), ("g", ""), ("r", "申请人：　　　　　　　　　"),
        ("r", num_date(c.filed_on - timedelta(days=3)))]
    sheets = typed(LAW_HAND, "强制执行申请书", parts, rng=rng)
    last = sheets[-1]
    _sign_org(last, a, last.width - mm(90), mm(LAW_HAND.top) + mm(4) if len(sheets) > 1 and len(last.lines) <= 3
              else mm(230), rng)
    return sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r, x = c.applicant, c.respondent, c.extra
    chief, arb2, arb3 = (f"{n}" for n in ("应国平", "郑丽娟", "叶晓峰"))
    base = c.amount * 88 / 100
    pen = c.amount - base
    return typed(ARB_HAND, "裁　决　书", [
        ("k", f"申请人：{a.name}，住所地{a.address}。"), ("k", f"法定代表人：{a.legal_rep}，总经理。"),
        ("k", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("k", f"被申请人：{r.name}，住所地{r.address}。"), ("k", f"法定代表人：{r.legal_rep}，董事长。"),
        ("p", f"本会根据申请人与被申请人于2022年签订的《{x['pumps']}采购合同》中的仲裁条款，以及申请人提交的仲裁申请，受理了双方之间"
              f"的{x['cause']}案。本案适用《{ARB}仲裁规则》的普通程序，由首席仲裁员{chief}、仲裁员{arb2}、{arb3}组成仲裁庭，于"
              "2023年在本会开庭审理。申请人委托代理人、被申请人法定代表人到庭参加庭审。本案现已审理终结。"),
        ("s", "一、案情"),
        ("p", f"申请人称：双方约定由申请人为被申请人建造的{x['hull']}提供{x['pumps']}及备件，申请人已按约交货并经被申请人验收，"
              f"被申请人仅支付部分预付款，尚欠货款{money(base)}，经多次催讨未果。"),
        ("p", "被申请人辩称：对交货及欠款事实无异议，因船东延期付款导致资金周转困难，请求减少违约金。"),
        ("s", "二、仲裁庭意见"),
        ("p", "仲裁庭认为，双方签订的采购合同系真实意思表示，合法有效。申请人已履行交货义务，被申请人应按约支付货款。被申请人"
              "逾期付款，应承担违约责任，申请人主张的违约金未超过法律规定的限度，仲裁庭予以支持。"),
        ("s", "三、裁决"),
        ("p", "根据《中华人民共和国民法典》第五百零九条、第五百七十九条、第五百八十五条，裁决如下："),
        ("p", f"（一）被申请人{r.name}向申请人{a.name}支付货款{money(base)}；"),
        ("p", f"（二）被申请人向申请人支付违约金{money(pen)}；"),
        ("p", "（三）本案仲裁费由被申请人承担。"),
        ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付。本裁决为终局裁决，自作出之日起发生法律效力。"),
        ("g", ""), ("r", f"首席仲裁员　{chief}"), ("r", f"仲　裁　员　{arb2}"), ("r", f"仲　裁　员　{arb3}"), ("g", ""),
        ("r", cn_date(c.basis_effective)), ("r", f"书　记　员　{c.clerk[:1]}佳"),
    ], issuer=ARB, number=c.basis_number, seal_name=ARB, rng=rng)


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r, x = c.applicant, c.respondent, c.extra
    g = x["guarantor"]
    sheets = typed(MID_HAND, "民 事 判 决 书", [
        ("k", f"上诉人（原审被告）：{r.name}，{r.sex}，住{r.address}。"),
        ("k", f"被上诉人（原审原告）：{a.name}，{a.sex}，住{a.address}。"),
        ("k", f"原审被告：{g.name}，{g.sex}，住{g.address}。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}、原审被告{g.name}{x['cause']}一案，不服{COURT}{x['first']}民事判决，向本院提起"
              "上诉。本院于2023年立案后，依法组成合议庭审理了本案。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回{a.name}的诉讼请求。事实和理由：借款已部分以现金归还，一审认定欠款金额错误。"),
        ("p", f"{a.name}答辩称：上诉人主张的还款无任何证据，一审判决认定事实清楚，请求驳回上诉。"),
        ("p", f"一审法院认定：{num_date(x['lent'])}，{r.name}向{a.name}出具借条一份，载明借款金额及{x['rate']}，{g.name}在担保人处签字，"
              "约定承担连带保证责任。款项已通过银行转账交付。借款到期后，{0}未归还。一审法院判决：一、{0}于判决生效后十日内归还{1}"
              "借款本金{2}及利息；二、{3}对上述债务承担连带清偿责任。".format(r.name, a.name, money(c.amount), g.name)),
        ("p", "本院二审期间，当事人均未提交新证据。本院对一审查明的事实予以确认。"),
        ("p", "本院认为，上诉人主张已部分还款，但未提供证据证明，应承担举证不能的不利后果。一审判决认定事实清楚，适用法律正确。"
              "依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
        ("g", ""), ("r", f"审　判　长　{'项一鸣'}"), ("r", "审　判　员　潘　越"), ("r", "审　判　员　管丽萍"), ("g", ""),
        ("r", cn_date(c.basis_effective - timedelta(days=6))), ("r", "书　记　员　柯　可"),
    ], issuer=MID, number=c.basis_number, seal_name=MID, rng=rng)
    stamp(sheets[-1], mm(30), sheets[-1].height - mm(70), ["本件与原本核对无异"], rng, face="song_gb")
    return sheets


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r, x = c.applicant, c.respondent, c.extra
    first = (c.amount * 6 / 10).quantize(c.amount)
    sheets = typed(CASE_HAND, "民 事 调 解 书", [
        ("k", f"原告：{a.name}，住所地{a.address}。"), ("k", f"法定代表人：{a.legal_rep}。"),
        ("k", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("k", f"被告：{r.name}，住所地{r.address}。"), ("k", f"法定代表人：{r.legal_rep}。"),
        ("p", f"原告{a.name}与被告{r.name}{x['cause']}一案，本院于2023年立案后，依法适用简易程序进行审理。"),
        ("p", f"原告诉称：双方于2022年签订《模具加工合同》，约定原告为被告制作{x['mould']}一套。原告已交付模具并经被告试模确认，"
              f"被告尚欠模具款{money(c.amount)}未付。"),
        ("p", "本案审理过程中，经本院主持调解，当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}确认尚欠原告{a.name}模具款{money(c.amount)}；"),
        ("p", f"二、被告于{cn_date(c.basis_effective + timedelta(days=10))}前支付{money(first)}，余款于"
              f"{cn_date(c.basis_effective + timedelta(days=20))}前付清；"),
        ("p", "三、被告如有任何一期未按时足额支付，原告有权就全部未付款项申请强制执行；"),
        ("p", "四、案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
        ("g", ""), ("r", f"审　判　员　{c.judge}"), ("g", ""), ("r", cn_date(c.basis_effective - timedelta(days=3))),
        ("r", f"书　记　员　{c.clerk}"),
    ], issuer=COURT, number=c.basis_number, seal_name=COURT, rng=rng)
    stamp(sheets[0], sheets[0].width - mm(80), mm(12), ["本件与原本核对无异"], rng, face="song_gb")
    return sheets


def _clues(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(24), "被执行人财产线索提供表", f_("hei", 7.6))
    f = f_("song_gb", 4.5)
    w = s.width - mm(44)
    x = c.extra
    y = grid(s, mm(22), mm(42), [w * 0.2, w * 0.8], [["案号", ""], ["被执行人", ""], ["提供人", ""]], f, mm(13), heads=1)
    hand(s, mm(22) + w * 0.23, mm(44), "（待立案）", rng, size=mm(5))
    hand(s, mm(22) + w * 0.23, mm(57), c.respondent.name if x["tale"] != "loan" else f"{c.respondent.name}、{x['guarantor'].name}",
         rng, size=mm(5.4))
    hand(s, mm(22) + w * 0.23, mm(70), f"{c.applicant.name}（代理人{c.agent}）", rng, size=mm(5.4))
    rows = [["财产类别", "财产名称、所在地、权属", "线索来源"], ["银行账户", "", ""], ["车辆", "", ""], ["不动产", "", ""],
            ["到期债权", "", ""], ["其他", "", ""]]
    y = grid(s, mm(22), y + mm(6), [w * 0.18, w * 0.55, w * 0.27], rows, f, mm(24), heads=1)
    fill = {"pump": [(1, f"{x['resp_bank']}基本户"), (2, "公司名下商务车、货车"), (4, "船东应付船款")],
            "loan": [(1, "台州银行、农商行存款"), (3, "洪家街道厂房（合伙租赁）"), (2, "浙J牌照小轿车一辆")],
            "mould": [(1, f"{x['resp_bank']}结算账户"), (5, "厂内注塑机、模具")]}[x["tale"]]  # all keys exist
    for row, text in fill:
        hand(s, mm(22) + w * 0.2, mm(42) + mm(39) + mm(6) + row * mm(24) + mm(7), text, rng, size=mm(5))
        hand(s, mm(22) + w * 0.75, mm(42) + mm(39) + mm(6) + row * mm(24) + mm(7), "申请人掌握", rng, size=mm(4.4))
    s.text(mm(22), y + mm(10), "提供人承诺：以上线索真实，如有虚假愿承担法律责任。", f)
    s.text(mm(120), y + mm(26), "提供人（签名）：", f)
    signature(s, mm(160), y + mm(22), c.agent, rng)
    hand(s, mm(140), y + mm(40), num_date(c.filed_on - timedelta(days=3)), rng, size=mm(5))
    return s


def _slip(s: Sheet, x: float, y: float, w: float, h: float, title: str, rows: list[list[str]], rng: random.Random,
          *, tint: tuple[int, int, int] = (255, 255, 255), issuer: str = "", foot_: str = "") -> None:
    """A small bank or 非税 slip on a toned ground: its own title, a ruled body, a round or oval stamp."""
    s.draw.rectangle((x, y, x + w, y + h), fill=tint, outline=(120, 120, 120), width=2)
    s.centred(y + mm(4), title, f_("sans_bold", 4.6), x0=x, x1=x + w)
    f = f_("sans", 3.4)
    cols = [w * 0.22, w * 0.78 - mm(8)] if len(rows[0]) == 2 else [w * 0.2, w * 0.3, w * 0.2, w * 0.3 - mm(8)]
    grid(s, x + mm(4), y + mm(14), cols, rows, f, mm(8.5), line=1)
    if issuer:
        seal(s, x + w - mm(26), y + h - mm(20), issuer, rng, radius=mm(13))
    if foot_:
        s.text(x + mm(4), y + h - mm(7), foot_, f_("sans", 3.0))


def _fee(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 非税收入 receipt and the bank's transfer slip, laid side by side and photographed in one shot."""
    s = Sheet(size=(mm(297), mm(210)))
    s.draw.rectangle((0, 0, s.width, s.height), fill=(246, 246, 244))
    x = c.extra
    day = c.filed_on + timedelta(days=2)
    caps = money_caps(x["fee"])
    payer = c.applicant.name
    _slip(s, mm(8), mm(18), mm(142), mm(150), "浙江省政府非税收入统一票据（电子）", [
        ["票据代码", "33060124"], ["票据号码", f"{rng.randint(10**9, 10**10 - 1):010d}"], ["交款人", payer],
        ["项目名称", "申请执行费"], ["金额（小写）", f"{x['fee']}元"], ["金额（大写）", caps], ["执收单位", SHORT],
        ["开票日期", day.isoformat()], ["案号", c.number]], rng, tint=(250, 248, 236), issuer="浙江省财政厅票据监制章",
        foot_="校验码：" + "".join(rng.choice("0123456789ABCDEF") for _ in range(12)))
    _slip(s, mm(156), mm(34), mm(134), mm(118), "网上银行电子回单", [
        ["付款人", payer], ["付款账号", x["acct"]], ["收款人", "台州市椒江区财政局非税收入汇缴户"], ["金额", f"￥{x['fee']}"],
        ["用途", f"执行费{c.number[-10:]}"], ["交易时间", f"{day.isoformat()} {rng.randint(9, 16)}:{rng.randint(10, 59)}"],
        ["流水号", f"{rng.randint(10**13, 10**14 - 1)}"]], rng, tint=(238, 246, 250), issuer=x["bank"].removesuffix("支行") + "电子回单专用章")
    return s


def _id_face(s: Sheet, x: float, y: float, p: Party, rng: random.Random, *, authority: str) -> None:
    """One ID card copied at true size: the front with its fields and a grey photo, the back with the authority."""
    w, h = mm(85.6), mm(54)
    d = ImageDraw.Draw(s.image)
    d.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), fill=(232, 232, 228), outline=(110, 110, 110), width=2)
    f = f_("hei", 3.1)
    born = p.born or date(1980, 1, 1)
    for k, (lab, val) in enumerate([("姓名", p.name), ("性别", f"{p.sex}　　民族 汉"),
                                    ("出生", f"{born.year}年{born.month}月{born.day}日"), ("住址", p.address[:13]),
                                    ("", p.address[13:])]):
        s.text(x + mm(4), y + mm(5) + k * mm(6.5), lab, f_("hei", 2.8), fill=(60, 90, 140))
        s.text(x + mm(13), y + mm(5) + k * mm(6.5), val, f)
    s.text(x + mm(4), y + h - mm(9), "公民身份号码", f_("hei", 2.8), fill=(60, 90, 140))
    s.text(x + mm(24), y + h - mm(9.5), p.id_number, f_("sans", 3.6))
    d.rectangle((x + w - mm(27), y + mm(7), x + w - mm(5), y + mm(35)), fill=(185, 185, 180))
    d.ellipse((x + w - mm(20), y + mm(10), x + w - mm(12), y + mm(20)), fill=(130, 130, 128))
    d.chord((x + w - mm(25), y + mm(20), x + w - mm(7), y + mm(42)), 180, 360, fill=(130, 130, 128))
    y2 = y + h + mm(8)
    d.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(3), fill=(236, 234, 226), outline=(110, 110, 110), width=2)
    s.centred(y2 + mm(8), "中华人民共和国", f_("serif_bold", 5.0), x0=x, x1=x + w)
    s.centred(y2 + mm(17), "居 民 身 份 证", f_("serif_bold", 6.0), x0=x, x1=x + w)
    s.text(x + mm(8), y2 + h - mm(16), f"签发机关　{authority}", f)
    s.text(x + mm(8), y2 + h - mm(9), f"有效期限　{born.year + 30}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期", f)


def _id_copy(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    _id_face(s, mm(55), mm(40), p, rng, authority="台州市公安局椒江分局")
    hand(s, mm(40), mm(190), "此复印件仅供台州市椒江区人民法院执行使用", rng, size=mm(6))
    hand(s, mm(40), mm(206), "与原件一致", rng, size=mm(6))
    signature(s, mm(120), mm(222), p.name, rng)
    hand(s, mm(110), mm(240), num_date(c.filed_on - timedelta(days=4)), rng, size=mm(5), record=False)
    return s


def _two_ids(c: CaseCtx, rng: random.Random) -> Sheet:
    """Both debtors' ID cards copied onto one sheet, as the 二审 file held them."""
    s = Sheet()
    _id_face(s, mm(16), mm(30), c.respondent, rng, authority="台州市公安局椒江分局")
    _id_face(s, mm(108), mm(30), c.extra["guarantor"], rng, authority="临海市公安局")
    s.text(mm(18), mm(160), f"被执行人：{c.respondent.name}　{c.extra['guarantor'].name}（保证人）身份信息", f_("song_gb", 4.8))
    s.text(mm(18), mm(172), f"来源：{MID}{c.basis_number}案卷（复印）", f_("song_gb", 4.2))
    stamp(s, mm(110), mm(190), ["复印件与原件核对无异", "经办人：" + c.agent], rng, face="song_gb", size_mm=4.0)
    return s


def _licence(p: Party, rng: random.Random) -> Sheet:
    s = Sheet()
    d = ImageDraw.Draw(s.image)
    d.rectangle((mm(18), mm(22), s.width - mm(18), mm(200)), outline=(160, 120, 60), width=8)
    d.rectangle((mm(24), mm(28), s.width - mm(24), mm(194)), outline=(190, 150, 80), width=2)
    s.centred(mm(40), "营 业 执 照", f_("serif_bold", 11))
    s.centred(mm(58), "（副　本）", f_("song_gb", 5))
    f = f_("song_gb", 4.0)
    s.text(mm(34), mm(72), f"统一社会信用代码　{p.id_number}", f)
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "泵及真空设备制造；船用配套设备制造；模具制造；塑料制品制造；货物进出口。"),
            ("注册资本", f"{rng.choice(['伍佰', '壹仟', '叁佰'])}万元整"), ("成立日期", f"{rng.randint(2003, 2016)}年0{rng.randint(1, 9)}月1{rng.randint(0, 9)}日"),
            ("住　　所", p.address)]
    y = mm(86)
    for lab, val in rows:
        s.text(mm(34), y, lab, f)
        for k, part in enumerate(wrap(val, f, mm(110))):
            s.text(mm(66), y + k * mm(7), part, f)
        y += mm(7) * max(1, len(wrap(val, f, mm(110)))) + mm(3)
    s.text(mm(120), mm(176), "登记机关", f)
    seal(s, mm(160), mm(176), "台州市市场监督管理局", rng, radius=mm(17))
    d.rectangle((mm(150), mm(44), mm(172), mm(66)), outline=INK, width=2)
    for i in range(6):
        for j in range(6):
            if (i * 7 + j * 3 + len(p.name)) % 3 == 0:
                d.rectangle((mm(151) + i * mm(3.5), mm(45) + j * mm(3.5), mm(153.5) + i * mm(3.5), mm(47.5) + j * mm(3.5)),
                            fill=INK)
    hand(s, mm(40), mm(220), "与原件核对一致", rng, size=mm(6))
    seal(s, mm(140), mm(228), p.name, rng, radius=mm(18))
    return s


def _rep_cert(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    return typed(LAW_HAND, "法定代表人身份证明书", [
        ("p", f"{p.legal_rep}在我单位任执行董事兼总经理职务，为我单位的法定代表人，特此证明。"),
        ("g", ""), ("f", "附：法定代表人身份证复印件"), ("g", ""),
        ("r", f"单位：{p.name}"), ("r", num_date(c.filed_on - timedelta(days=5))),
        ("g", ""), ("f", f"法定代表人住址：台州市椒江区{c.extra['street']}　电话：13{rng.randint(500000000, 999999999)}"),
    ], rng=rng, seal_name=p.name)[0]


def _registry(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """The 国家企业信用信息公示系统 page as the lawyer printed it from a browser: URL and date in the margins."""
    s = Sheet()
    f = f_("microhei", 3.6)
    s.text(mm(10), mm(8), f"{(c.filed_on - timedelta(days=4)).isoformat()} 10:{rng.randint(10, 59)}", f_("sans", 2.8))
    s.text(mm(80), mm(8), "国家企业信用信息公示系统", f_("sans", 2.8))
    s.draw.rectangle((mm(12), mm(16), s.width - mm(12), mm(30)), fill=(30, 90, 170))
    s.text(mm(16), mm(19), "国家企业信用信息公示系统", f_("microhei", 5.4), fill=(255, 255, 255))
    s.text(mm(16), mm(38), p.name, f_("microhei", 6.0))
    s.text(mm(16), mm(50), "存续（在营、开业、在册）", f_("microhei", 3.6), fill=(20, 140, 60))
    rows = [["统一社会信用代码：", p.id_number, "企业名称：", p.name], ["类型：", "有限责任公司", "法定代表人：", p.legal_rep],
            ["注册资本：", f"{rng.randint(2, 30) * 100}万元人民币", "成立日期：", f"{rng.randint(2004, 2015)}年05月1{rng.randint(0, 9)}日"],
            ["登记机关：", "台州市椒江区市场监督管理局", "核准日期：", f"{c.filed_on.year - 1}年0{rng.randint(1, 9)}月0{rng.randint(1, 9)}日"],
            ["住所：", p.address, "", ""]]
    w = s.width - mm(32)
    grid(s, mm(16), mm(60), [w * 0.17, w * 0.33, w * 0.17, w * 0.33], rows, f, mm(13), line=1)
    s.text(mm(16), mm(140), "经营范围：", f)
    for k, part in enumerate(wrap("船舶修理；船舶制造；金属结构制造；船用配套设备制造；塑料制品制造；模具销售；"
                                  "普通货物仓储服务（依法须经批准的项目，经相关部门批准后方可开展经营活动）。", f, w - mm(20))):
        s.text(mm(36), mm(140) + k * mm(6), part, f)
    s.text(mm(10), s.height - mm(10), "https://www.gsxt.gov.cn/corp-query-entprise-info-xxx.html", f_("sans", 2.8))
    s.right(s.width - mm(10), s.height - mm(10), "1/1", f_("sans", 2.8))
    s.page_of = (1, 1)
    return s


def _attorney(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    a = c.applicant
    s.centred(mm(30), "授 权 委 托 书", f_("serif_bold", 8.6))
    f = f_("serif", 4.9)
    y = mm(52)
    lines = [f"委托人：{a.name}", f"住所地：{a.address}", (f"法定代表人：{a.legal_rep}" if a.kind == "organisation"
                                                           else f"身份证号：{a.id_number}"),
             f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"]
    for t in lines:
        for part in wrap(t, f, s.width - mm(56)):
            s.text(mm(28), y, part, f)
            y += mm(9)
    y += mm(4)
    body = (f"现委托上列受托人在我方与{c.respondent.name}{c.extra['cause']}执行一案中，作为我方执行阶段的委托代理人。"
            "代理权限为特别授权：代为申请执行、提供财产线索、申请采取查封扣押冻结等执行措施、参与执行和解、代为签收法律文书、"
            "代为领取执行款、申请终结本次执行程序及恢复执行。")
    for k, part in enumerate(wrap(body, f, s.width - mm(56), indent=2 * f.size)):
        s.text(mm(28) + (2 * f.size if k == 0 else 0), y, part, f)
        y += mm(9)
    s.text(mm(28), y + mm(8), "代理期限：自签署之日起至本案执行终结止。", f)
    s.text(mm(110), y + mm(34), "委托人（签章）：", f)
    _sign_org(s, a, mm(140), y + mm(44), rng)
    s.text(mm(110), y + mm(66), "受托人（签名）：", f)
    signature(s, mm(146), y + mm(61), c.agent, rng)
    hand(s, mm(120), y + mm(84), num_date(c.filed_on - timedelta(days=6)), rng, size=mm(5.2))
    return s


def _booklet(c: CaseCtx, rng: random.Random) -> Sheet:
    """The lawyer's 执业证, an A5-sized booklet held open on the desk: photo page left, particulars right."""
    s = Sheet(size=(mm(297), mm(210)))
    d = ImageDraw.Draw(s.image)
    d.rectangle((0, 0, s.width, s.height), fill=(120, 38, 40))
    d.rectangle((mm(10), mm(12), mm(146), mm(198)), fill=(248, 246, 238))
    d.rectangle((mm(151), mm(12), mm(287), mm(198)), fill=(248, 246, 238))
    d.line((mm(148.5), mm(12), mm(148.5), mm(198)), fill=(90, 70, 60), width=6)
    f = f_("song_gb", 4.4)
    d.rectangle((mm(52), mm(34), mm(100), mm(96)), fill=(190, 192, 196))
    d.ellipse((mm(66), mm(42), mm(86), mm(64)), fill=(120, 120, 124))
    d.chord((mm(58), mm(64), mm(94), mm(110)), 180, 360, fill=(120, 120, 124))
    s.centred(mm(112), "中华人民共和国律师执业证", f_("serif_bold", 5.0), x0=mm(10), x1=mm(146))
    s.text(mm(24), mm(130), "发证机关：浙江省司法厅", f)
    s.text(mm(24), mm(142), f"发证日期：{rng.randint(2012, 2020)}年0{rng.randint(1, 9)}月2{rng.randint(0, 8)}日", f)
    seal(s, mm(112), mm(140), "浙江省司法厅", rng, radius=mm(16))
    rows = [("持证人", c.agent), ("性　别", rng.choice("男女")), ("执业机构", c.firm), ("执业证类别", "专职律师"),
            ("执业证号", c.extra["lic"]), ("法律职业资格", f"A{rng.randint(2008, 2016)}{rng.randint(10**11, 10**12 - 1)}")]
    y = mm(30)
    for lab, val in rows:
        s.text(mm(162), y, lab, f)
        s.text(mm(200), y, val, f)
        d.line((mm(198), y + mm(7), mm(280), y + mm(7)), fill=(150, 150, 150), width=1)
        y += mm(14)
    s.text(mm(162), mm(126), "年度考核备案", f_("song_gb", 4.0))
    grid(s, mm(162), mm(134), [mm(40), mm(74)], [["考核年度", "考核结果"], [f"{c.filed_on.year - 1}", "称职"]], f_("song_gb", 3.8),
         mm(10), heads=2, line=1)
    stamp(s, mm(210), mm(156), [f"{c.filed_on.year - 1}年度", "考核称职"], rng, face="song_gb", size_mm=3.6)
    return s


def _form_lines(s: Sheet, title: str, rows: list[tuple[str, str]], rng: random.Random, *, note: str = "") -> float:
    """The court's pre-printed window form: its title, numbered fields, the party's answers by hand."""
    s.centred(mm(26), SHORT, f_("song_gb", 5.2))
    s.centred(mm(38), title, f_("hei", 7.8))
    f = f_("song_gb", 4.6)
    w = s.width - mm(46)
    y: float = mm(56)
    for lab, val in rows:
        y = grid(s, mm(23), y, [w * 0.3, w * 0.7], [[lab, ""]], f, mm(17), heads=1)
        if val:
            hand(s, mm(23) + w * 0.33, y - mm(13), val, rng, size=mm(5.2) if len(val) < 24 else mm(4.2))
    if note:
        for part in wrap(note, f_("song_gb", 3.9), w):
            s.text(mm(23), y + mm(4), part, f_("song_gb", 3.9))
            y += mm(6.5)
    return y


def _account(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    x = c.extra
    y = _form_lines(s, "申请执行人收取执行款账户确认书", [
        ("案　号", "（立案后填写）"), ("申请执行人", c.applicant.name), ("收款户名", c.applicant.name), ("开户银行", x["bank"]),
        ("银行账号", x["acct"]), ("联系人及电话", f"{c.agent} {c.agent_phone}")],
        rng, note="本人（单位）确认：执行款请汇入上述账户，因账户信息错误或变更未及时告知导致执行款无法到账的，由本人（单位）"
                  "承担责任。账户户名应与申请执行人一致，如需转入代理人账户，须另行出具特别授权。")
    s.text(mm(110), y + mm(16), "申请执行人（签章）：", f_("song_gb", 4.6))
    _sign_org(s, c.applicant, mm(150), y + mm(28), rng)
    hand(s, mm(130), y + mm(46), num_date(c.filed_on - timedelta(days=2)), rng, size=mm(5))
    return s


def _address(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y = _form_lines(s, "送达地址确认书", [
        ("受送达人", c.applicant.name), ("指定代收人", f"{c.agent}（{c.firm}）"), ("送达地址", c.extra["firm_addr"]),
        ("手机号码", c.agent_phone), ("是否同意电子送达", "☑同意　手机短信、浙江移动微法院"),
        ("电子送达地址", f"{c.agent_phone}（微信同号）")],
        rng, note="告知：1.受送达人应如实提供确切的送达地址，送达地址发生变更的，应及时书面告知本院；2.因提供的地址不准确或不及时告知"
                  "变更后的地址，致使法律文书未能被实际接收的，文书退回之日视为送达之日；3.本确认书适用于执行程序及执行异议、复议程序。")
    s.text(mm(110), y + mm(16), "受送达人（签名）：", f_("song_gb", 4.6))
    signature(s, mm(152), y + mm(11), c.agent, rng)
    hand(s, mm(130), y + mm(34), num_date(c.filed_on), rng, size=mm(5))
    return s


def _declaration(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    x = c.extra
    s.centred(mm(24), "财 产 申 报 表", f_("hei", 8.0))
    f = f_("song_gb", 4.2)
    s.text(mm(22), mm(40), f"案号：{c.number}", f)
    s.text(mm(22), mm(48), f"申报人（被执行人）：{c.respondent.name}", f)
    w = s.width - mm(44)
    rows = [["序号", "财产种类", "财产状况（名称、数量、所在地、价值）", "备注"]] + [
        [str(k), t, "", ""] for k, t in enumerate(["收入（工资、经营收入）", "银行存款、现金、理财", "不动产", "车辆、船舶",
                                                    "机器设备、原材料、产品", "债权", "股权、投资权益", "其他财产"], 1)]
    top = mm(58)
    grid(s, mm(22), top, [w * 0.08, w * 0.26, w * 0.5, w * 0.16], rows, f, mm(17), heads=2)
    plate = x.get("plate", "")
    fill = {"pump": {2: f"{x['resp_bank']}账户，余额约三万元", 4: f"{plate}商务车一辆", 6: "船东欠款，尚在协商"},
            "loan": {1: "打零工，无固定收入", 2: "无", 3: "无", 4: "无"},
            "mould": {2: f"{x['resp_bank']}基本户，有经营流水", 5: "注塑机六台（已抵押）"}}[x["tale"]]
    for row, text in fill.items():
        hand(s, mm(22) + w * 0.35, top + row * mm(17) + mm(5), text, rng, size=mm(4.6))
    y = top + 9 * mm(17) + mm(10)
    s.text(mm(22), y, "申报人保证：以上申报内容真实、完整，如有虚假，愿承担法律责任。", f)
    s.text(mm(110), y + mm(14), "申报人（签名或盖章）：", f)
    if c.respondent.kind == "organisation":
        seal(s, mm(170), y + mm(20), c.respondent.name, rng, radius=mm(17))
    else:
        signature(s, mm(160), y + mm(10), c.respondent.name, rng)
    hand(s, mm(140), y + mm(32), num_date(c.day(9)), rng, size=mm(5))
    return s


def _inquiry(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 执行查控系统's feedback printed from the undertaker's screen: small sans type, a grid, the print time."""
    s = Sheet()
    x = c.extra
    f = f_("sans", 3.3)
    s.text(mm(12), mm(10), f"打印时间：{c.day(5).isoformat()} 15:{rng.randint(10, 59)}:{rng.randint(10, 59)}　操作人：{c.clerk}",
           f_("sans", 2.9))
    s.centred(mm(22), "网络执行查控系统 查询结果反馈", f_("sans_bold", 5.6))
    s.text(mm(14), mm(36), f"案号：{c.number}　　承办人：{c.officer}　　查询发起：{c.day(3).isoformat()}", f)
    debtors = [c.respondent] + ([x["guarantor"]] if x.get("guarantor") else [])
    rows = [["被查询人", "协助单位", "反馈结果", "账户/标的", "金额或状态"]]
    for p in debtors:
        small = rng.randint(30, 980)
        rows += [[p.name, "中国工商银行", "有账户", x["resp_acct"][:8] + "****", f"余额{small}.{rng.randint(10, 99)}元"],
                 [p.name, "台州银行", "无账户", "-", "-"],
                 [p.name, "浙江泰隆商业银行", "有账户", f"{rng.randint(10**7, 10**8 - 1)}****", "余额0.00元"],
                 [p.name, "支付宝（中国）网络技术有限公司", "有账户", "****", f"余额{rng.randint(0, 99)}.00元"],
                 [p.name, "公安部交通管理局", "有车辆" if x["tale"] == "pump" else "无车辆",
                  x.get("plate", "-") if x["tale"] == "pump" else "-", "正常" if x["tale"] == "pump" else "-"],
                 [p.name, "自然资源部（不动产登记）", "无", "-", "-"],
                 [p.name, "中国证券登记结算有限责任公司", "无", "-", "-"]]
    w = s.width - mm(28)
    y = grid(s, mm(14), mm(46), [w * 0.2, w * 0.3, w * 0.12, w * 0.2, w * 0.18], rows, f, mm(9.2), line=1)
    s.text(mm(14), y + mm(6), f"共{len(rows) - 1}条反馈记录　以上信息仅供执行使用，不得泄露", f)
    s.right(s.width - mm(12), s.height - mm(10), "第1页/共1页", f_("sans", 2.9))
    s.page_of = (1, 1)
    return s


def _vouchers(c: CaseCtx, rng: random.Random) -> Sheet:
    """The debtor's transfer into the court's account and the court's payment out to the applicant, two slips
    photographed together on the desk."""
    s = Sheet()
    s.draw.rectangle((0, 0, s.width, s.height), fill=(244, 243, 240))
    x = c.extra
    name, bank, acct = COURT_ACCOUNT
    paid = x["paid"]
    _slip(s, mm(14), mm(16), mm(182), mm(118), "业务回单（收款）", [
        ["付款人", c.respondent.name], ["付款账号", x["resp_acct"]], ["收款人", name], ["收款账号", acct],
        ["金额", f"{money(c.amount)}"], ["用途", f"{c.number}执行款"], ["交易日期", paid.isoformat()],
        ["回单编号", f"{rng.randint(10**11, 10**12 - 1)}"]], rng, tint=(240, 246, 252), issuer=bank + "业务专用章")
    out = paid + timedelta(days=rng.randint(5, 9))
    _slip(s, mm(20), mm(146), mm(176), mm(126), "执行案款发放凭证", [
        ["案号", c.number], ["领款人", c.applicant.name], ["收款账户", f"{x['bank']} {x['acct']}"],
        ["发放金额", money(c.amount)], ["发放方式", "银行转账"], ["发放日期", out.isoformat()],
        ["经办人", c.officer], ["审批人", "执行局财务"]], rng, tint=(252, 250, 244), issuer=SHORT + "执行局")
    return s


__all__ = ["BLUE_INK", "RECEIVED", "RED", "render_received"]
