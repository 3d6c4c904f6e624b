"""The papers in court_q's dossiers that others made: the basis (this court's 民事调解书, a judgment of the 沙依巴克区 or
水磨沟区 court, the 沙依巴克区 court's 生效证明书), a Uyghur applicant's application typed in Uyghur with its certified
Chinese translation filed behind it, 新疆 ID card copies (Uyghur above the Chinese labels), a 乌鲁木齐 law firm's
letter and its lawyer's licence (photographed at the window), a 社区居委会's certificate, 乌鲁木齐银行's reply and
slips (A5), the 非税 receipt (A5), the settlement, and the parties' forms."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import hand, mm, table, wrap
from dossier.corpus.families.court_q_kit import (
    A5,
    COURT_SHORT,
    Block,
    QSheet,
    bilingual_seal,
    bold,
    form,
    song,
    typeset,
    ug,
    ug_date,
    ug_font,
    ug_wrap,
)
from dossier.corpus.fonts import font

CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "kinship_proof",
    "payment_account_confirmation", "service_address_confirmation", "settlement_agreement", "payment_voucher",
})
FIRMS = (("新疆博格达律师事务所", "乌鲁木齐市天山区新华北路165号中天广场21楼"),
         ("新疆丝路正信律师事务所", "乌鲁木齐市沙依巴克区友好南路668号百花村大厦15楼"),
         ("新疆天山明德律师事务所", "乌鲁木齐市天山区光明路39号时代广场A座9楼"))
BANK = "乌鲁木齐银行股份有限公司天山支行"
COURTS_UG = {
    "乌鲁木齐市沙依巴克区人民法院": "ئۈرۈمچى شەھەرلىك سايباغ رايونلۇق خەلق سوت مەھكىمىسى",
    "乌鲁木齐市水磨沟区人民法院": "ئۈرۈمچى شەھەرلىك شۇيموگۇ رايونلۇق خەلق سوت مەھكىمىسى",
}
TRANSLATOR = "新疆天译翻译服务有限公司"
TRANSLATOR_UG = "شىنجاڭ تيەنيى تەرجىمە مۇلازىمىتى چەكلىك شىركىتى"
HAND = (28, 36, 120)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[QSheet]:
    from dossier.corpus.families.court_q import basis_name, cause, uyghur_applicant

    a, r = c.applicant, c.respondent
    firm, firm_addr = c.extra.get("firm", (c.firm, "乌鲁木齐市天山区"))
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        court = c.basis_court
        return typeset("生效证明书", "", [
            ("f", f"{a.name}："),
            ("p", f"本院{c.basis_number}原告{a.name}与被告{r.name}{cause(c)}一案的民事判决书，已于{cn_date(c.basis_effective)}发生法律效力。"),
            ("p", "特此证明。")], "", cn_date(c.basis_effective + timedelta(days=9)), rng, seal_name=court.removeprefix("新疆维吾尔自治区"),
            court=court, court_ug=COURTS_UG.get(court, ""))
    if code == "enforcement_application":
        if uyghur_applicant(c):
            return _uyghur_application(c, rng)
        other = f"{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}" if r.kind == "person" else \
            f"{r.name}，住所地{r.address}，法定代表人{r.legal_rep}"
        return [_paper("强制执行申请书", [
            ("f", f"申请执行人：{a.name}，{a.sex}，公民身份号码{a.id_number}，住{a.address}，电话{a.phone}。"),
            ("f", f"委托代理人：{c.agent}，{firm}律师，电话{c.agent_phone}。"), ("f", f"被执行人：{other}。"),
            ("f", "申请事项："), ("p", f"一、请求强制被执行人支付{money(c.amount)}及迟延履行期间的加倍部分债务利息；"),
            ("p", "二、请求对被执行人采取限制消费措施，并将其纳入失信被执行人名单；"), ("p", "三、执行费用由被执行人负担。"),
            ("f", "事实与理由："),
            ("p", f"申请执行人与被执行人{cause(c)}一案，{basis_name(c)}已发生法律效力，被执行人至今拒不履行。特申请强制执行。"),
            ("f", "此致"), ("f", COURT_SHORT)], rng, signer=f"申请执行人：{a.name}", when=num_date(c.filed_on - timedelta(days=2)))]
    if code == "power_of_attorney":
        return [_paper("授权委托书", [
            ("f", f"委托人：{a.name}，公民身份号码{a.id_number}"),
            ("f", f"受托人：{c.agent}，{firm}律师，执业证号16501{rng.randint(2012, 2021)}1{rng.randint(1000000, 9999999)}"),
            ("p", f"委托人与{r.name}{cause(c)}执行一案，现委托上列受托人为委托人的代理人。"),
            ("f", "代理权限：特别授权，代为申请执行、提供财产线索、参与执行和解、代签法律文书、代领执行款。"),
            *([("u", "مەن يۇقىرىقى مەزمۇننى تەرجىمان ئارقىلىق ئاڭلاپ، تولۇق چۈشەندىم ۋە ۋاكالەتچى تەيىنلەشكە قوشۇلدۇم.")]
              if uyghur_applicant(c) else [])], rng, signer=f"委托人：{a.name}",
            when=num_date(c.filed_on - timedelta(days=4)))]
    if code == "law_firm_letter":
        s = _paper("律师事务所函", [
            ("f", f"{COURT_SHORT}："),
            ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{cause(c)}执行一案的代理人，特此函告。"),
            ("f", f"律师事务所地址：{firm_addr}"), ("f", f"联系电话：{c.agent_phone}")], rng, signer=firm,
            when=num_date(c.filed_on - timedelta(days=2)))
        s.centred(mm(14), f"{firm}（函）", song(3.6))
        bilingual_seal(s, mm(150), mm(150), firm, "ئادۋوكاتلار ئىشخانىسى", rng, radius=mm(18))
        return [s]
    if code == "lawyer_license":
        return [_license(c, firm, rng)]
    if code == "identity_proof":
        return [_identity(c, "respondent" in served, rng)]
    if code == "kinship_proof":
        return [_community(c, rng)]
    if code == "fee_receipt":
        return [_fee(c, rng)]
    if code == "property_clue_form":
        s = form("被执行人财产线索表", [
            ["被执行人", r.name], ["银行账户", "乌鲁木齐银行（账号不详）"], ["不动产", "不清楚"],
            ["车辆", "可能有一辆面包车"], ["其他财产线索", "被执行人在二道桥市场有摊位，可能有经营收入"], ["提供人签名", ""]],
            c.number, rng, notes=["申请执行人应当提供被执行人财产线索；确无法提供的，本院依法调查。"])
        hand(s, mm(75), mm(51) + mm(13) * 5 + mm(2), c.agent, rng, size=mm(6), ink=HAND)
        return [s]
    if code == "payment_account_confirmation":
        return [form("申请执行人收取执行案款确认书", [
            ["户名", a.name], ["开户银行", "乌鲁木齐银行股份有限公司" + ("解放南路支行" if len(a.name) % 2 else "新华北路支行")],
            ["账号", f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}"],
            ["申请执行人签名", ""], ["日期", num_date(c.filed_on)]], c.number, rng,
            notes=["本人确认上述账户用于收取本案执行款。因账户信息有误造成的损失，由本人承担。"])]
    if code == "service_address_confirmation":
        lang = "维吾尔语" if uyghur_applicant(c) else "汉语"
        return [form("送达地址确认书", [
            ["受送达人", a.name], ["送达地址", a.address], ["联系电话", a.phone], ["代收人", c.agent],
            ["是否同意电子送达", f"同意，{c.agent_phone}"], ["诉讼语言文字", lang], ["受送达人签名", ""],
            ["日期", num_date(c.filed_on)]], c.number, rng, title_ug="يەتكۈزۈش ئادرېسىنى جەزملەشتۈرۈش خېتى",
            notes=["告知：确认的送达地址适用于执行程序；地址变更未及时告知的，按原地址送达即视为送达。"])]
    if code == "settlement_agreement":
        return [_settlement(c, rng)]
    if code == "payment_voucher":
        return [_slip(c, served[0] if served else "out", rng)]
    raise KeyError(code)


def _paper(title: str, blocks: list[Block], rng: random.Random, *, signer: str = "", when: str = "") -> QSheet:
    """A party's or a firm's typed A4 paper."""
    s = QSheet()
    f = font("microhei", mm(4.0))
    s.centred(mm(28), title, font("hei", mm(6.4)), spacing=mm(0.6))
    y: float = mm(44)
    x0, width = mm(25), mm(160)
    lh = mm(4.0) * 1.8
    for kind, text in blocks:
        if kind == "u":
            for part in ug_wrap(text, ug_font(mm(4.0)), width):
                ug(s, x0 + width, y, part, 4.0)
                y += lh
            continue
        indent = mm(8) if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, width, indent=indent)):
            s.text(x0 + (indent if k == 0 else 0), y, part, f)
            y += lh
    y += lh
    if signer:
        s.right(x0 + width, y, signer, f)
        y += lh
    if when:
        s.right(x0 + width, y, when, f)
    return s


def _basis(c: CaseCtx, rng: random.Random) -> list[QSheet]:
    a, r = c.applicant, c.respondent
    eth = c.extra.get("ethnic", {})
    made = c.basis_effective - timedelta(days=18)
    if c.extra.get("basis_doc") == "民事调解书":
        return typeset("民事调解书", "ھەق-تەلەپ مۇرەسسەنامىسى", [
            ("f", f"原告：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，{eth.get(a.name, '汉')}族，住{a.address}。"),
            ("f", f"被告：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司经理。"),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于立案后依法适用简易程序，公开开庭进行了审理。原告系维吾尔族，"
                  "不通晓汉语，本院为其提供了维吾尔语翻译。"),
            ("p", "原告向本院提出诉讼请求：判令被告支付所欠货款及利息。事实和理由：原告向被告供应干果、葡萄干，被告收货后未付清货款。"),
            ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            ("p", f"一、被告{r.name}于{num_date(made + timedelta(days=30))}前一次性支付原告{a.name}货款{money(c.amount)}；"),
            ("p", "二、案件受理费减半收取，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。")],
            c.basis_number, cn_date(made), rng, signers=[f"审判员　{person_name(rng)}"], tail=[f"书记员　{person_name(rng)}"],
            ug_above=True)
    court = c.basis_court
    who = (f"原告：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，{eth.get(a.name, '汉')}族，住{a.address}。",
           f"被告：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，{eth.get(r.name, '汉')}族，住{r.address}。")
    loan = "借贷" in str(c.extra.get("cause"))
    story = ("原告向被告出借款项，被告出具借条一张，约定一年内归还，到期后经原告多次催要，被告未归还。" if loan else
             "原告将其所有的房屋出租给被告经营使用，被告自去年起拖欠租金，经催告仍未支付。")
    delay = "二百六十四" if made >= date(2024, 1, 1) else "二百六十"  # the 2023 amendment in force 2024-01-01
    proof = "借条、银行转账凭证" if loan else "房屋租赁合同、催收租金的短信记录"
    article = "第六百七十五条" if loan else "第七百零三条、第七百二十二条"
    sheets = typeset("民事判决书", "", [
        *[("f", t) for t in who],
        ("p", f"原告{a.name}与被告{r.name}{c.extra.get('cause')}一案，本院立案后，依法适用简易程序，公开开庭进行了审理。原告到庭参加诉讼，"
              "被告经本院传票传唤无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：判令被告支付{money(c.amount)}。事实与理由：{story}"),
        ("p", "被告未答辩，亦未提交证据。"),
        ("p", f"本院经审理认定事实如下：{story}上述事实，有原告提交的{proof}及原告的陈述在案佐证，本院予以确认。"),
        ("p", "本院认为，合法的债权债务关系受法律保护。被告未按约履行给付义务，应承担相应的民事责任。依照《中华人民共和国民法典》"
              f"第五百七十七条、{article}，《中华人民共和国民事诉讼法》第一百四十七条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}{money(c.amount)}。"),
        ("p", f"如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第{delay}条之规定，加倍支付迟延履行期间的"
              "债务利息。"),
        ("p", "案件受理费减半收取，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于新疆维吾尔自治区"
              "乌鲁木齐市中级人民法院。")],
        c.basis_number, cn_date(made), rng, signers=[f"审判员　{person_name(rng)}"], tail=[f"书记员　{person_name(rng)}"],
        seal_name=court, court=court, court_ug=COURTS_UG.get(court, ""))
    return sheets


def _uyghur_application(c: CaseCtx, rng: random.Random) -> list[QSheet]:
    """Her application typed in Uyghur at a typing shop, signed and thumb-printed; the certified translation behind."""
    from dossier.corpus.families.court_q import basis_name, cause

    a, r = c.applicant, c.respondent
    name_ug = str(c.extra["applicant_ug"])
    born: date = a.born or date(1966, 1, 1)
    signed = c.filed_on - timedelta(days=3)
    s = QSheet()
    ug(s, 0, mm(26), "ئىجرا ئىلتىماسنامىسى", 7.0, heavy=True, centre=True)
    x1, width = mm(185), mm(160)
    y: float = mm(44)
    paras = [
        f"ئىلتىماس قىلغۇچى: {name_ug}، ئايال، {ug_date(born.year, born.month, born.day)} تۇغۇلغان، ئۇيغۇر، "
        f"كىملىك نومۇرى {a.id_number}، تېلېفون نومۇرى {a.phone}.",
        f"ئىجرا قىلىنغۇچى: {c.extra.get('respondent_ug_name', '')}، قانۇنىي ۋەكىلى {c.extra.get('rep_ug', '')}، "
        "ئادرېسى ئۈرۈمچى شەھىرى تيانشان رايونى.",
        f"ئىلتىماس تەلىپى: 1. ئىجرا قىلىنغۇچىنىڭ ماڭا {c.amount:,.2f} يۈەن مال پۇلىنى تۆلىشىنى مەجبۇرىي ئىجرا قىلىشنى؛ "
        "2. ئىجرا قىلىنغۇچىنىڭ يۇقىرى ئىستېمالىنى چەكلەپ، ئىناۋەتسىز ئىجرا قىلىنغۇچىلار تىزىملىكىگە كىرگۈزۈشنى؛ "
        "3. ئىجرا ھەققىنى ئىجرا قىلىنغۇچى ئۈستىگە ئېلىشىنى تەلەپ قىلىمەن.",
        "پاكىت ۋە سەۋەب: مەن ئىجرا قىلىنغۇچىغا قۇرۇق مېۋە ۋە ئۈزۈم قېقى بەرگەن، ئۇلار پۇلنى تولۇق بەرمىگەن. سوت مەھكىمىڭىز "
        "مۇرەسسەنامە چىقارغان، ئەمما ئىجرا قىلىنغۇچى ھازىرغىچە مەجبۇرىيىتىنى ئادا قىلمىدى. شۇڭا سوت مەھكىمىڭىزدىن مەجبۇرىي "
        "ئىجرا قىلىشنى ئىلتىماس قىلىمەن.",
        "ھۆرمەت بىلەن، تيانشان رايونلۇق خەلق سوت مەھكىمىسىگە",
    ]
    f = ug_font(mm(4.4))
    for text in paras:
        for part in ug_wrap(text, f, width):
            ug(s, x1, y, part, 4.4)
            y += mm(8.6)
        y += mm(3)
    y += mm(6)
    ug(s, mm(100), y, f"ئىلتىماس قىلغۇچى: {name_ug}", 4.4)
    ug(s, mm(100), y + mm(10), ug_date(signed.year, signed.month, signed.day), 4.4)
    _thumb(s, mm(60), y + mm(4), rng)
    t = typeset("执行申请书（译文）", "", [
        ("f", f"申请执行人：{a.name}，女，{num_date(born)}出生，维吾尔族，公民身份号码{a.id_number}，电话{a.phone}。"),
        ("f", f"被执行人：{r.name}，法定代表人{r.legal_rep}，住所地{r.address}。"),
        ("f", "申请事项："), ("p", f"1．请求强制执行被执行人支付货款{money(c.amount)}；"),
        ("p", "2．请求对被执行人限制高消费，并将其纳入失信被执行人名单；"), ("p", "3．执行费用由被执行人负担。"),
        ("f", "事实和理由："),
        ("p", f"我向被执行人供应干果和葡萄干，对方未付清货款。贵院作出{basis_name(c)}（{cause(c)}），但被执行人至今未履行义务，"
              "故申请强制执行。"),
        ("f", "此致"), ("f", "天山区人民法院"), ("r", f"申请执行人：{a.name}（维吾尔文签名、捺印）"), ("r", num_date(signed)),
        ("f", "翻译声明："),
        ("p", f"本译文系根据申请人{a.name}提交的维吾尔文《执行申请书》原件翻译，译文内容与原件一致。"),
        ("f", f"翻译人：{person_name(rng)}（维吾尔语—汉语翻译，翻译资格证书编号{rng.randint(10**11, 10**12 - 1)}）")],
        "", num_date(signed + timedelta(days=1)), rng, seal_name=TRANSLATOR, seal_ug=TRANSLATOR_UG,
        court=TRANSLATOR, court_ug=TRANSLATOR_UG)
    t[0].starts_document = True
    return [s, *t]


def _thumb(s: QSheet, x: float, y: float, rng: random.Random) -> None:
    """A red thumbprint: concentric ridges in an oval."""
    d = s.draw
    for k in range(14):
        w, h = mm(7) - k * mm(0.45), mm(9) - k * mm(0.55)
        if w <= 0:
            break
        d.ellipse((x - w, y - h, x + w, y + h), outline=(200, 60 + rng.randint(0, 30), 70), width=2)


def _identity(c: CaseCtx, respondent: bool, rng: random.Random) -> QSheet:
    """A 新疆 ID card copied front and back on one A4 page: the back's labels in Uyghur above the Chinese."""
    party = c.respondent if respondent else c.applicant
    if party.kind == "organisation":
        s = _paper("法定代表人身份证明书", [
            ("p", f"{party.legal_rep}在我公司任经理职务，系我公司法定代表人。"), ("f", f"公司名称：{party.name}"),
            ("f", f"统一社会信用代码：{party.id_number}"), ("f", f"住所：{party.address}"),
            ("f", f"法定代表人公民身份号码：{c.extra.get('rep_id', '')}"), ("f", "特此证明。")], rng,
            signer=party.name, when=num_date(c.filed_on + timedelta(days=20)))
        name_ug = str(c.extra.get("respondent_ug_name", "چەكلىك شىركىتى"))
        bilingual_seal(s, mm(150), mm(128), party.name, name_ug, rng, radius=mm(18))
        return s
    eth = str(c.extra.get("ethnic", {}).get(party.name, "汉"))
    eth_ug = {"维吾尔": "ئۇيغۇر", "哈萨克": "قازاق", "回": "خۇيزۇ", "汉": "خەنزۇ"}.get(eth, "خەنزۇ")
    s = QSheet(phone=rng.random() < 0.3)  # now and then the card itself, photographed at the window
    x, y = mm(45), mm(36)
    grey = (236, 236, 236)
    s.draw.rounded_rectangle((x, y, x + mm(86), y + mm(54)), radius=mm(4), fill=grey, outline=(120, 120, 120), width=2)
    lab = font("hei", mm(2.6))
    val = font("hei", mm(3.2))
    born = party.born or date(1980, 1, 1)
    rows = [("ئىسمى", "姓名", party.name), ("جىنسى", "性别", party.sex), ("مىللىتى", "民族", eth),
            ("تۇغۇلغان ۋاقتى", "出生", num_date(born)), ("ئادرېسى", "住址", party.address[:13])]
    ty = y + mm(3)
    own_ug = c.extra.get("respondent_ug" if respondent else "applicant_ug")
    if own_ug:  # a Uyghur's card prints the name in Uyghur too, above the Chinese
        ug(s, x + mm(50), y + mm(1.5), str(own_ug), 2.8)
    for uyg, zh, v in rows:
        ug(s, x + mm(15), ty, uyg, 2.2)
        s.text(x + mm(4), ty + mm(3), zh, lab)
        s.text(x + mm(17), ty + mm(2.6), v, val)
        ty += mm(8.2)
    s.text(x + mm(17), ty - mm(3.2), party.address[13:], val)
    ug(s, x + mm(26), y + mm(44), "كىملىك نومۇرى", 2.2)
    s.text(x + mm(4), y + mm(48), "公民身份号码", lab)
    s.text(x + mm(28), y + mm(47.5), party.id_number, font("hei", mm(3.8)))
    s.draw.rectangle((x + mm(62), y + mm(8), x + mm(82), y + mm(34)), fill=(200, 200, 200))
    ug(s, x + mm(80), y + mm(4), eth_ug, 2.2)
    bx, by = mm(45), mm(100)
    s.draw.rounded_rectangle((bx, by, bx + mm(86), by + mm(54)), radius=mm(4), fill=grey, outline=(120, 120, 120), width=2)
    ug(s, bx + mm(83), by + mm(6), "جۇڭخۇا خەلق جۇمھۇرىيىتى", 3.0, heavy=True)
    s.text(bx + mm(28), by + mm(12), "中华人民共和国", font("hei", mm(4.4)))
    ug(s, bx + mm(83), by + mm(22), "ئاھالە كىملىكى", 3.4, heavy=True)
    s.text(bx + mm(28), by + mm(28), "居民身份证", font("hei", mm(5.0)))
    ug(s, bx + mm(38), by + mm(38), "تارقاتقان ئورگان", 2.2)
    s.text(bx + mm(4), by + mm(42), "签发机关", lab)
    s.text(bx + mm(40), by + mm(41.5), "乌鲁木齐市公安局天山区分局", val)
    ug(s, bx + mm(38), by + mm(46), "ئىناۋەتلىك مۇددىتى", 2.2)
    s.text(bx + mm(4), by + mm(49.5), "有效期限", lab)
    s.text(bx + mm(40), by + mm(49), f"{born.year + 40}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期", val)
    s.text(mm(50), mm(170), "与原件核对一致", font("kai", mm(5)), fill=HAND)
    hand(s, mm(50), mm(180), c.clerk, rng, size=mm(5.5), ink=HAND)
    return s


def _license(c: CaseCtx, firm: str, rng: random.Random) -> QSheet:
    """The licence's inside page, photographed at the filing window (the lawyer keeps the booklet)."""
    s = QSheet(phone=True)
    s.centred(mm(30), "中华人民共和国律师执业证", bold(6.0))
    rows = [["持证人", c.agent], ["执业机构", firm], ["执业证类别", "专职律师"],
            ["执业证号", f"1650{rng.randint(2012, 2022)}1{rng.randint(1000000, 9999999)}"],
            ["发证机关", "新疆维吾尔自治区司法厅"], ["年度考核", f"{c.filed_on.year - 1}年度考核称职"]]
    table(s, mm(35), mm(50), [mm(40), mm(100)], rows, song(4.2), row_h=mm(12))
    bilingual_seal(s, mm(150), mm(110), "新疆维吾尔自治区司法厅", "شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق ئەدلىيە نازارىتى", rng,
                   radius=mm(18))
    return s


def _community(c: CaseCtx, rng: random.Random) -> QSheet:
    """The 社区居委会's certificate that her son may sign for her (bilingual seal, handwritten name)."""
    from dossier.corpus.families.court_q import SHEQU

    a = c.applicant
    son = str(c.extra.get("son", person_name(rng)))
    shequ = f"{rng.choice(SHEQU)}社区居民委员会"
    s = _paper("证　明", [
        ("f", f"{COURT_SHORT}："),
        ("p", f"兹证明{a.name}（女，维吾尔族，公民身份号码{a.id_number}）系我社区居民，住{a.address}。{son}系其长子，"
              "与其共同居住。"),
        ("p", f"{a.name}年事已高且不通晓汉语，其执行案件的法律文书由{son}代为签收。"),
        ("p", "特此证明。"), ("u", "ئۇشبۇ ئىسپات بىلەن ئىسپاتلايمىزكى، يۇقىرىقى ئىككى كىشى ئانا-بالا مۇناسىۋىتىدە.")],
        rng, signer=f"乌鲁木齐市天山区{shequ}", when=num_date(c.filed_on - timedelta(days=6)))
    bilingual_seal(s, mm(150), mm(128), f"天山区{shequ}", "مەھەللە ئاھالىلەر كومىتېتى", rng, radius=mm(17))
    s.text(mm(30), mm(160), f"经办人：{person_name(rng)}　电话：0991-{rng.randint(2300000, 8899999)}", song(3.8))
    return s


def _fee(c: CaseCtx, rng: random.Random) -> QSheet:
    """The A5 非税 receipt."""
    s = QSheet(size=A5)
    fee = int(c.amount) // 100 + 50
    s.centred(mm(12), "新疆维吾尔自治区非税收入一般缴款书", bold(4.6))
    s.centred(mm(20), f"No.{rng.randint(65000000, 65999999)}", song(3.2))
    rows = [["执收单位", COURT_SHORT], ["缴款人", c.applicant.name], ["项目", "申请执行费"], ["案号", c.number],
            ["金额", f"{fee}.00元"], ["大写", money_caps(Decimal(fee))], ["缴款日期", num_date(c.day(2))]]
    table(s, mm(10), mm(28), [mm(30), mm(98)], rows, song(3.6), row_h=mm(11))
    bilingual_seal(s, mm(110), mm(125), "新疆维吾尔自治区财政厅票据专用章", "مالىيە نازارىتى", rng, radius=mm(13))
    s.text(mm(10), mm(150), "第二联　收据联（交缴款人）", song(3.2))
    return s


def _settlement(c: CaseCtx, rng: random.Random) -> QSheet:
    a, r = c.applicant, c.respondent
    first, rest = settlement_sums(c)
    s = _paper("执行和解协议", [
        ("f", f"申请执行人（甲方）：{a.name}，公民身份号码{a.id_number}"),
        ("f", f"被执行人（乙方）：{r.name}，公民身份号码{r.id_number}"),
        ("p", f"甲、乙双方就{COURT_SHORT}{c.number}执行一案，在执行法官主持下，经协商自愿达成和解协议如下："),
        ("p", f"一、乙方确认欠甲方{money(c.amount)}；甲方同意放弃迟延履行期间的加倍部分债务利息。"),
        ("p", f"二、乙方于签订本协议当日向法院执行款专户支付人民币{first:,.2f}元，余款人民币{rest:,.2f}元于"
              f"{num_date(c.day(50))}前付清。"),
        ("p", "三、乙方按期付清全部款项后，本案执行完毕；乙方任一期未按约支付的，甲方可申请恢复执行原生效法律文书。"),
        ("u", "ئىككى تەرەپ بۇ كېلىشىمنىڭ مەزمۇنىنى تولۇق چۈشەندى ۋە ئۆز ئىختىيارى بىلەن ئىمزا قويدى."),
        ("p", "四、本协议一式三份，甲乙双方各执一份，交法院附卷一份。")], rng)
    y = mm(200)
    s.text(mm(25), y, "甲方（签名）：", song(4.2))
    s.text(mm(110), y, "乙方（签名）：", song(4.2))
    hand(s, mm(55), y - mm(1), a.name, rng, size=mm(6), ink=(20, 20, 24))
    hand(s, mm(140), y - mm(1), r.name, rng, size=mm(6), ink=(20, 20, 24))
    if "respondent_ug" in c.extra:  # he signs in Uyghur too
        ug(s, mm(185), y + mm(10), str(c.extra["respondent_ug"]), 4.4, fill=(20, 20, 24))
    s.text(mm(25), y + mm(22), f"执行员：{c.officer}", song(4.2))
    s.text(mm(110), y + mm(22), num_date(c.day(24)), song(4.2))
    return s


def _slip(c: CaseCtx, which: str, rng: random.Random) -> QSheet:
    """乌鲁木齐银行's A5 回单: the respondent's payments "1" and "2" into the court's 执行款专户 (the settlement's two
    sums), or the court paying the applicant "out"."""
    paid = settlement_sums(c)
    s = QSheet(size=A5)
    court_account = f"{COURT_SHORT}执行款专户"
    if which == "out":
        title, when, amount = "乌鲁木齐银行　业务回单（付款）", c.day(58), c.amount
        rows = [["付款人", court_account], ["付款账号", f"1010{rng.randint(10**11, 10**12 - 1)}"], ["收款人", c.applicant.name]]
        use = f"{c.number}执行款发放"
    else:
        k = int(which)
        title, when, amount = "乌鲁木齐银行　现金缴款单（回单）", c.day(24 if k == 1 else 50), paid[k - 1]
        rows = [["缴款人", c.respondent.name], ["收款人", court_account], ["收款账号", f"1010{rng.randint(10**11, 10**12 - 1)}"]]
        use = f"{c.number}和解款（第{k}笔）"
    s.centred(mm(10), title, bold(4.4))
    ug(s, 0, mm(18), "ئۈرۈمچى بانكىسى سودا تالونى", 3.0, centre=True)
    s.text(mm(8), mm(25), f"流水号：{rng.randint(10**13, 10**14 - 1)}　日期：{num_date(when)}", song(3.0))
    rows += [["开户行", "乌鲁木齐银行股份有限公司"], ["金额", f"人民币{amount:,.2f}元"], ["大写", money_caps(amount)], ["用途", use]]
    table(s, mm(8), mm(31), [mm(26), mm(106)], rows, song(3.4), row_h=mm(10))
    bilingual_seal(s, mm(112), mm(115), "乌鲁木齐银行天山支行", "ئۈرۈمچى بانكىسى", rng, radius=mm(12))
    s.text(mm(8), mm(135), "经办：0371　复核：0112　（此联为客户回单）", song(3.0))
    if which == "out":
        hand(s, mm(10), mm(150), f"已收到　{c.applicant.name}", rng, size=mm(5), ink=HAND)
    return s


def settlement_sums(c: CaseCtx) -> list[Decimal]:
    """Half on signing, the rest later; they add up to the amount."""
    first = (c.amount * Decimal("0.5")).quantize(Decimal("1"))
    return [first, c.amount - first]


def inquiry(c: CaseCtx, rng: random.Random) -> list[QSheet]:
    """The 总对总 printout (A4 landscape, fed short edge first so it lies sideways on the scan) and 乌鲁木齐银行's
    reply to the 点对点 inquiry, a document of its own."""
    r = c.respondent
    s = QSheet(size=(mm(297), mm(210)), landscape=True)
    hf = font("microhei", mm(3.4))
    s.text(mm(15), mm(12), "执行案件流程信息管理系统　网络查控反馈结果（总对总）", font("microhei", mm(5.0)))
    s.right(s.width - mm(15), mm(13), f"打印日期：{num_date(c.day(9))}", hf)
    s.text(mm(15), mm(22), f"案号：{c.number}　被查询人：{r.name}　证件号码：{r.id_number}", hf)
    items = [("中国工商银行", "存款", "无账户"), ("中国农业银行", "存款", "余额12.36元"), ("中国建设银行", "存款", "无账户"),
             ("中国银行", "存款", "无账户"), ("新疆农村信用社", "存款", "无账户"), ("公安部交通管理局", "车辆", "无登记车辆"),
             ("自然资源部", "不动产", "无登记信息"), ("中国证券登记结算", "证券", "无"), ("支付宝", "网络资金", "余额0.00元"),
             ("财付通", "网络资金", "余额3.20元")]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈日期"],
            *[[str(i), u, t, v, num_date(c.day(4))] for i, (u, t, v) in enumerate(items, 1)]]
    table(s, mm(15), mm(30), [mm(16), mm(80), mm(36), mm(90), mm(45)], rows, hf, row_h=mm(13), width=1)
    reply = QSheet()
    reply.centred(mm(24), "乌鲁木齐银行股份有限公司", bold(6.0))
    ug(reply, 0, mm(34), "ئۈرۈمچى بانكىسى چەكلىك شىركىتى", 4.4, centre=True)
    reply.centred(mm(46), "协助查询存款回复函", bold(6.4))
    y: float = mm(62)
    f = song(4.2)
    for text in [f"{COURT_SHORT}：", f"　　贵院{c.number}协助查询存款通知书收悉。经查，被执行人{r.name}（证件号码{r.id_number}）在我行开立个人"
                 "结算账户一个，查询日余额为人民币386.50元，近一年无大额进账。该账户已按贵院要求冻结。", "　　特此回复。"]:
        for part in wrap(text, f, mm(160)):
            reply.text(mm(25), y, part, f)
            y += mm(8)
    reply.right(mm(185), y + mm(14), "乌鲁木齐银行股份有限公司天山支行", f)
    reply.right(mm(185), y + mm(22), num_date(c.day(12)), f)
    bilingual_seal(reply, mm(160), y + mm(20), "乌鲁木齐银行天山支行", "ئۈرۈمچى بانكىسى", rng, radius=mm(17))
    reply.starts_document = True
    return [s, reply]
