"""The papers 晋江法院执行局 receives, each in its author's style: this court's 民事判决书 and the 泉州仲裁委员会's
裁决书, the applicants' 申请书 typed by a 晋江 law firm, a 台湾 businessman's 台胞证 copy and his 授权委托书 notarised in
台湾 (the 公證書 in Traditional characters with the 海峽交流基金會's 寄送公證書副本 letter), the firm's 所函 and 律师执业证,
the 鞋业 company's letterhead, a 泉州 bank's and the 晋江 不动产 centre's replies, hand-filled forms and bank slips."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date
from dossier.corpus.draw import BLUE_INK, INK, RED, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_aq_kit import COURT, body
from dossier.corpus.fonts import font

ARBITRATION = "泉州仲裁委员会"
BANK = "泉州银行股份有限公司晋江支行"
REGISTRY = "晋江市不动产登记中心"
SEF = "財團法人海峽交流基金會"
GREY = (120, 120, 125)


def _typed(blocks: list[tuple[str, str]], *, family: str = "serif", size: int = 40, top: float = mm(30),
           x0: float = mm(28), width: float = mm(154), lh: float = 66) -> tuple[list[Sheet], float]:
    sheets = [Sheet()]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(mm(28))

    y = flow(sheets[0], blocks, font(family, size), x0=x0, width=width, y=top, line_height=lh, indent=size * 2,
             centre=font(family + "_bold" if family in ("serif", "sans") else family, size + 16),
             bottom=mm(268), more=more)
    return sheets, y


def _footer_pages(sheets: list[Sheet], fmt: str) -> None:
    for k, s in enumerate(sheets, 1):
        if len(sheets) > 1:
            s.page_of = (k, len(sheets))
        if fmt:
            s.centred(mm(284), fmt.format(k=k, n=len(sheets)), font("serif", 28))


def cause(c: CaseCtx) -> str:
    return str(c.extra["cause"])


def parties(c: CaseCtx, a_role: str, r_role: str) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    out = []
    if c.extra["story"] == "taiwan":
        out.append(("p", f"{a_role}：{a.name}，{a.sex}，{a.born.year if a.born else ''}年出生，台湾居民，"
                         f"台湾居民来往大陆通行证号码{c.extra['mtp']}，公民身份号码{a.id_number}，住{a.address}。"))
    else:
        out.append(("p", f"{a_role}：{a.name}，{a.sex}，公民身份号码{a.id_number}，住{a.address}。"))
    if r.kind == "organisation":
        out.append(("p", f"{r_role}：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"))
        out.append(("p", f"法定代表人：{r.legal_rep}，该公司{c.extra['rep_title']}。"))
    else:
        out.append(("p", f"{r_role}：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。"))
    return out


def judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's 民事判决书: red court name, the judgment set in 仿宋-like serif, 本件与原本核对无异 stamp."""
    sheets, _ = _typed([("c", "民　事　判　决　书")], top=mm(52))
    s = sheets[0]
    s.centred(mm(26), COURT, font("serif_bold", 66), fill=RED, spacing=8)
    s.right(mm(182), mm(68), c.basis_number, body(38))
    story = c.extra["story"]
    facts: list[tuple[str, str]] = [*parties(c, "原告", "被告")]
    if story == "taiwan":
        facts += [
            ("p", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("p", f"原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案，本院立案后，依法适用普通程序，"
                  "公开开庭进行了审理。原告的委托诉讼代理人、被告的委托诉讼代理人到庭参加诉讼。本案现已审理终结。"),
            ("p", f"原告向本院提出诉讼请求：1.判令被告支付鞋底货款{money(c.amount)}及逾期付款利息；2.本案诉讼费用由被告负担。"
                  f"事实与理由：原告经营鞋材贸易，{c.extra['contract_day']}与被告签订《鞋底购销合同》，约定由原告供应"
                  f"{c.extra['soles']}等鞋底，被告收货后六十日内付清货款。原告依约交货，被告经对账确认欠款后未付。"),
            ("p", "被告辩称，部分批次鞋底存在开胶、色差问题，应扣减货款。但未在合同约定的质量异议期内提出书面异议，亦未提交证据。"),
            ("p", "本院认为，原、被告之间的买卖合同关系依法成立并有效。原告已履行供货义务，被告对账确认欠款，其质量抗辩无证据"
                  "支持，本院不予采纳。依照《中华人民共和国民法典》第五百零九条、第六百二十六条、《中华人民共和国民事诉讼法》"
                  "第六十七条规定，判决如下："),
            ("p", f"一、被告{c.respondent.name}应于本判决生效之日起十日内支付原告{c.applicant.name}货款{money(c.amount)}；"),
            ("p", "二、被告应支付以上款自起诉之日起至实际付清之日止按全国银行间同业拆借中心公布的一年期贷款市场报价利率计算的利息。"),
        ]
    else:
        facts += [
            ("p", f"原告{c.applicant.name}与被告{c.respondent.name}{cause(c)}一案，本院于立案后依法适用简易程序，"
                  "公开开庭进行了审理。本案现已审理终结。"),
            ("p", f"原告向本院提出诉讼请求：判令被告偿还借款本金{money(c.amount)}及利息。事实与理由："
                  f"被告于{c.extra['contract_day']}向原告借款，出具借条一份，约定一年内归还，原告通过银行转账交付借款，"
                  "到期后被告经催讨分文未还。"),
            ("p", "被告经本院传票传唤，无正当理由拒不到庭参加诉讼，本院依法缺席审理。"),
            ("p", "本院认为，原告提交的借条、转账凭证能够证明双方借贷关系成立及借款交付的事实，被告应当按约还款。依照"
                  "《中华人民共和国民法典》第六百七十五条、第六百七十六条，《中华人民共和国民事诉讼法》第一百四十七条规定，判决如下："),
            ("p", f"被告{c.respondent.name}应于本判决生效之日起十日内偿还原告{c.applicant.name}借款本金{money(c.amount)}"
                  "及利息（以本金为基数，自起诉之日起按一年期贷款市场报价利率计至实际还清之日止）。"),
        ]
    facts += [
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
              "加倍支付迟延履行期间的债务利息。"),
        ("p", f"案件受理费{c.extra['fee']}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，"
              "上诉于福建省泉州市中级人民法院。"),
    ]
    y: float = mm(84)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(mm(26))

    y = flow(s, facts, font("serif", 40), x0=mm(28), width=mm(154), y=y, line_height=68, indent=80,
             bottom=mm(270), more=more)
    s = sheets[-1]
    if y > mm(215):
        s, y = more()
    for role, name in (("审　判　员" if story != "taiwan" else "审　判　长", c.extra["trial_judge"]),
                       ("书　记　员", c.extra["trial_clerk"])):
        s.text(mm(112), y + 30, role, body(40))
        s.text(mm(150), y + 30, name, body(40))
        y += 72
    s.right(mm(182), y + 10, cn_date(c.basis_effective - timedelta(days=20)), body(40))
    seal(s, mm(160), y + 30, COURT, rng)
    stamp = "本件与原本核对无异"
    s.box(mm(30), y + 140, mm(30) + 380, y + 215, width=3, outline=RED)
    s.text(mm(30) + 26, y + 158, stamp, font("hei", 36), fill=RED)
    _footer_pages(sheets, "— {k} —")
    return sheets


def award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 泉州仲裁委员会 裁决书: commission name in 黑体, the award numbered 泉仲裁字, 本裁决为终局裁决."""
    sheets, _ = _typed([("c", "裁　决　书")], family="sans", top=mm(48))
    s = sheets[0]
    s.centred(mm(24), ARBITRATION, font("hei", 70), spacing=10)
    s.line(mm(24), mm(42), mm(186), mm(42), width=5)
    s.right(mm(182), mm(66), c.basis_number, font("sans", 36))
    blocks = [
        *parties(c, "申请人", "被申请人"),
        ("p", f"本会根据申请人与被申请人于{c.extra['contract_day']}签订的《服装委托加工合同》中的仲裁条款及申请人的仲裁申请，"
              f"受理了双方之间的加工合同纠纷案，依照《{ARBITRATION}仲裁规则》由独任仲裁员{c.extra['arbitrator']}"
              "组成仲裁庭，于本会开庭审理了本案。本案现已审理终结。"),
        ("p", f"申请人称：申请人经营服装加工作坊，为被申请人加工{c.extra['garments']}，约定加工费按件结算、月结月清。"
              f"双方对账确认被申请人尚欠加工费{money(c.amount)}，经多次催讨未付。"),
        ("p", "被申请人辩称：对欠付加工费数额无异议，因下游客户回款迟延暂无力支付，请求给予宽限期。"),
        ("p", "仲裁庭认为：双方签订的加工合同合法有效，申请人已完成加工并交付成衣，被申请人应依约支付加工费。"
              "依照《中华人民共和国民法典》第七百七十条、第七百八十二条及《中华人民共和国仲裁法》第五十四条之规定，裁决如下："),
        ("p", f"（一）被申请人{c.respondent.name}应于本裁决书送达之日起十日内向申请人{c.applicant.name}支付加工费"
              f"{money(c.amount)}；"),
        ("p", f"（二）本案仲裁费{c.extra['fee']}元，由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(mm(26))

    y = flow(s, blocks, font("sans", 38), x0=mm(27), width=mm(156), y=mm(80), line_height=64, indent=76,
             bottom=mm(268), more=more)
    s = sheets[-1]
    if y > mm(228):
        s, y = more()
    s.text(mm(120), y + 30, "独任仲裁员", font("sans", 38))
    s.text(mm(158), y + 30, c.extra["arbitrator"], font("sans", 38))
    s.right(mm(182), y + 110, cn_date(c.basis_effective), font("sans", 38))
    s.text(mm(120), y + 190, "书　记　员", font("sans", 38))
    s.text(mm(158), y + 190, c.extra["trial_clerk"], font("sans", 38))
    seal(s, mm(155), y + 120, ARBITRATION, rng)
    _footer_pages(sheets, "第{k}页 共{n}页")
    return sheets


def award_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    sheets, y = _typed([
        ("c", "裁决书生效证明"),
        ("f", f"{c.extra['cert_no']}"),
        ("f", f"{COURT}："),
        ("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}加工合同纠纷一案，本会于{cn_date(c.basis_effective)}"
              f"作出{c.basis_number}裁决书。根据《中华人民共和国仲裁法》第五十七条的规定，该裁决书自作出之日起发生法律效力。"),
        ("p", "特此证明。"),
    ], family="sans", top=mm(60))
    s = sheets[0]
    s.centred(mm(28), ARBITRATION, font("hei", 66), spacing=10)
    s.line(mm(24), mm(45), mm(186), mm(45), width=5)
    s.right(mm(178), y + 120, ARBITRATION, font("sans", 38))
    s.right(mm(178), y + 190, num_date(c.filed_on - timedelta(days=6)), font("sans", 38))
    seal(s, mm(150), y + 160, ARBITRATION, rng)
    return sheets


def application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    what = "加工费" if c.extra["story"] == "garment" else ("货款" if c.extra["story"] == "taiwan" else "借款本金")
    blocks = [
        ("c", "强制执行申请书"),
        *parties(c, "申请执行人", "被执行人"),
        ("f", "执行请求："),
        ("p", f"1.强制被执行人{r.name}履行{c.basis_number}{'裁决书' if c.basis_kind == 'arbitration' else '民事判决书'}"
              f"确定的义务，支付{what}{money(c.amount)}及迟延履行期间的债务利息；"),
        ("p", "2.请求对被执行人采取限制高消费措施，并将其纳入失信被执行人名单；"),
        ("p", "3.执行费用由被执行人承担。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{cause(c)}一案，{c.basis_court}作出的{c.basis_number}法律文书已于"
              f"{num_date(c.basis_effective)}发生法律效力。被执行人至今未履行义务，现依照《中华人民共和国民事诉讼法》"
              "第二百四十七条之规定，向贵院申请强制执行。"),
        ("f", "此致"),
        ("f", COURT),
    ]
    sheets, y = _typed(blocks, top=mm(30))
    s = sheets[-1]
    s.text(mm(110), y + 40, "申请执行人：", body(40))
    signature(s, mm(146), y + 30, a.name, rng)
    if c.extra["story"] == "taiwan":
        s.text(mm(110), y + 120, "委托代理人：", body(40))
        signature(s, mm(146), y + 110, c.agent, rng)
        y += 80
    hand(s, mm(118), y + 130, num_date(c.filed_on - timedelta(days=3)), rng, size=40)
    _footer_pages(sheets, "")
    return sheets


def _card(s: Sheet, x: float, y: float, w: float, h: float, tint: tuple[int, int, int]) -> None:
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=30, fill=tint, outline=GREY, width=3)


def taiwan_permit(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 台湾居民来往大陆通行证 copy, front and back on one sheet, with the holder's 与原件一致 and signature."""
    s = Sheet()
    a = c.applicant
    s.centred(mm(16), "台湾居民来往大陆通行证（复印件）", font("sans", 40))
    x, y, w, h = mm(40), mm(32), mm(130), mm(82)
    _card(s, x, y, w, h, (214, 226, 236))
    s.text(x + 40, y + 30, "台湾居民来往大陆通行证", font("hei", 50), fill=(30, 60, 110))
    s.text(x + 40, y + 92, "MAINLAND TRAVEL PERMIT FOR TAIWAN RESIDENTS", font("sans", 24), fill=(30, 60, 110))
    s.draw.rectangle((x + w - 290, y + 150, x + w - 50, y + 450), fill=(170, 180, 190))
    rows = [("姓名", a.name), ("出生日期", num_date(a.born) if a.born else ""), ("性别", a.sex),
            ("有效期限", f"{c.extra['permit_from']}-{c.extra['permit_to']}"), ("签发机关", "公安部出入境管理局"),
            ("证件号码", c.extra["mtp"])]
    for k, (label, value) in enumerate(rows):
        s.text(x + 40, y + 160 + k * 64, label, font("sans", 30), fill=(70, 80, 95))
        s.text(x + 220, y + 156 + k * 64, value, font("sans_bold", 36))
    y2 = y + h + mm(14)
    _card(s, x, y2, w, h, (222, 230, 238))
    backs = [("姓名", a.name), ("台湾居民身份证号码", c.extra["tw_id"]), ("签发次数", "03"),
             ("签发地点", "厦门"), ("备注", "")]
    for k, (label, value) in enumerate(backs):
        s.text(x + 40, y2 + 60 + k * 70, label, font("sans", 30), fill=(70, 80, 95))
        s.text(x + 360, y2 + 56 + k * 70, value, font("sans_bold", 36))
    s.text(x + 40, y2 + h - 90, "<<" + c.extra["mtp"] + "<<<<<<<<<<<<<<<<<<<<<<<<<<", font("mono", 30))
    hand(s, mm(40), mm(214), "此复印件与原件一致", rng, size=46)
    signature(s, mm(118), mm(212), a.name, rng)
    hand(s, mm(118), mm(232), num_date(c.filed_on - timedelta(days=3)), rng, size=38)
    r = Sheet()
    r.centred(mm(16), "台湾居民居住证（复印件）", font("sans", 40))
    _card(r, x, y, w, h, (236, 232, 218))
    r.draw.rectangle((x + w - 290, y + 60, x + w - 50, y + 360), fill=(176, 174, 168))
    for k, (label, value) in enumerate([("姓名", a.name), ("性别", a.sex),
                                        ("出生", num_date(a.born) if a.born else ""),
                                        ("住址", c.extra["jj_addr"])]):
        r.text(x + 40, y + 60 + k * 70, label, font("sans", 30), fill=(90, 90, 80))
        r.text(x + 150, y + 56 + k * 70, value[:16], font("hei", 34))
    r.text(x + 40, y + h - 80, "公民身份号码", font("sans", 30), fill=(90, 90, 80))
    r.text(x + 260, y + h - 84, a.id_number, font("sans_bold", 38))
    _card(r, x, y2, w, h, (238, 236, 224))
    r.centred(y2 + 120, "中华人民共和国", font("hei", 50), x0=x, x1=x + w)
    r.centred(y2 + 200, "台湾居民居住证", font("hei", 58), x0=x, x1=x + w)
    r.text(x + 60, y2 + h - 140, "签发机关　晋江市公安局", font("sans", 30))
    r.text(x + 60, y2 + h - 90, f"通行证号码　{c.extra['mtp']}", font("sans", 30))
    signature(r, mm(118), mm(212), a.name, rng)
    return [s, r]


def id_card(c: CaseCtx, rng: random.Random, who: str) -> list[Sheet]:
    p = c.applicant if who == "applicant" else c.respondent
    s = Sheet()
    s.centred(mm(18), "居民身份证复印件", font("sans", 40))
    x, y, w, h = mm(45), mm(36), mm(120), mm(76)
    _card(s, x, y, w, h, (232, 236, 228))
    s.draw.rectangle((x + w - 260, y + 60, x + w - 40, y + 330), fill=(175, 178, 172))
    lines = [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"),
             ("出生", num_date(p.born) if p.born else ""), ("住址", p.address)]
    for k, (label, value) in enumerate(lines):
        s.text(x + 40, y + 60 + k * 70, label, font("sans", 30), fill=(90, 100, 90))
        s.text(x + 150, y + 56 + k * 70, value, font("hei", 34))
    s.text(x + 40, y + h - 80, "公民身份号码", font("sans", 30), fill=(90, 100, 90))
    s.text(x + 260, y + h - 84, p.id_number, font("sans_bold", 38))
    y2 = y + h + mm(12)
    _card(s, x, y2, w, h, (236, 236, 226))
    s.centred(y2 + 120, "中华人民共和国", font("hei", 50), x0=x, x1=x + w)
    s.centred(y2 + 200, "居民身份证", font("hei", 62), x0=x, x1=x + w)
    s.text(x + 60, y2 + h - 140, "签发机关　晋江市公安局", font("sans", 30))
    s.text(x + 60, y2 + h - 90, f"有效期限　{c.extra['id_valid']}", font("sans", 30))
    if who == "applicant":
        hand(s, mm(45), mm(210), "与原件核对一致", rng, size=44, ink=INK)
        signature(s, mm(120), mm(208), p.name, rng)
    else:
        s.text(mm(45), mm(210), "（执行立案时经全国人口信息系统核对）", font("serif", 32))
    return [s]


def licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 鞋业/服饰 company's 营业执照 copy (with the applicant's 与原件一致 note) and its 法定代表人身份证明."""
    r = c.respondent
    s = Sheet()
    s.box(mm(18), mm(16), mm(192), mm(200), width=10, outline=(180, 140, 60))
    s.centred(mm(30), "营　业　执　照", font("serif_bold", 84), fill=(150, 30, 30))
    s.centred(mm(50), "（副　本）", font("serif", 40))
    s.text(mm(30), mm(66), f"统一社会信用代码　{r.id_number}", font("serif", 36))
    rows = [("名　　称", r.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", r.legal_rep),
            ("经营范围", c.extra["scope"]), ("注册资本", c.extra["capital"]), ("成立日期", c.extra["founded"]),
            ("住　　所", r.address)]
    y: float = mm(82)
    for label, value in rows:
        s.text(mm(30), y, label, font("serif", 34))
        y = flow(s, [("f", value)], font("serif", 34), x0=mm(72), width=mm(108), y=y, line_height=54, indent=0)
        y += 8
    s.text(mm(110), mm(178), "登记机关　晋江市市场监督管理局", font("serif", 32))
    seal(s, mm(160), mm(180), "晋江市市场监督管理局", rng)
    s.text(mm(22), mm(214), "（复印件，由申请执行人从国家企业信用信息公示系统打印）", font("serif", 30))
    return [s]


def letterhead_statement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A page on the 鞋业 company's own letterhead: its 法定代表人身份证明书."""
    r = c.respondent
    s = Sheet()
    s.text(mm(22), mm(14), r.name, font("hei", 52), fill=(20, 70, 140))
    s.text(mm(22), mm(28), c.extra["english"], font("sans", 26), fill=(20, 70, 140))
    s.line(mm(22), mm(36), mm(188), mm(36), width=6, fill=(20, 70, 140))
    s.line(mm(22), mm(38), mm(188), mm(38), width=2, fill=(220, 120, 30))
    y = flow(s, [("c", "法定代表人身份证明书"),
                 ("p", f"{r.legal_rep}，在我公司任{c.extra['rep_title']}职务，系我公司法定代表人。"),
                 ("p", "特此证明。")], font("serif", 40), x0=mm(28), width=mm(154), y=mm(56), line_height=70,
             indent=80, centre=font("serif_bold", 56))
    s.right(mm(182), y + 100, r.name, font("serif", 40))
    s.right(mm(182), y + 170, num_date(c.filed_on + timedelta(days=12)), font("serif", 40))
    seal(s, mm(150), y + 120, r.name, rng)
    s.line(mm(22), mm(276), mm(188), mm(276), width=2, fill=(20, 70, 140))
    s.text(mm(22), mm(279), f"地址：{r.address}　电话：{r.phone}", font("sans", 24), fill=(20, 70, 140))
    s.starts_document = True
    return [s]


def attorney_taiwan(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """授權委託書 signed in 台中, the 公證書 of a 台中 民間公證人, and the 海基會's 寄送公證書副本 letter."""
    a = c.applicant
    f = font("ming", 40)
    poa, y = _typed([
        ("c", "授權委託書"),
        ("f", f"委託人：{a.name}，{a.sex}，臺灣居民，身分證統一編號{c.extra['tw_id']}，"
              f"臺灣居民來往大陸通行證號碼{c.extra['mtp']}，住{a.address}。"),
        ("f", f"受託人：{c.agent}，{c.firm}律師，電話{c.agent_phone}。"),
        ("p", f"茲委託上列受託人為本人與{c.respondent.name}買賣合同糾紛一案（{c.basis_number}判決）之強制執行程序之代理人。"),
        ("f", "代理權限：特別授權，包括代為申請執行、提供財產線索、參與執行和解、代為申請終結本次執行程序，"
              "代為領取執行款項，代為簽收法律文書。"),
    ], family="ming", top=mm(32))
    s = poa[0]
    s.text(mm(100), y + 40, "委託人：", f)
    signature(s, mm(132), y + 30, a.name, rng)
    s.text(mm(100), y + 120, "中華民國" + c.extra["roc_date"], f)
    notary, y = _typed([
        ("c", "公　證　書"),
        ("r", c.extra["notary_no"]),
        ("f", f"請求人：{a.name}"),
        ("f", "公證人認證下列文書：授權委託書乙份"),
        ("p", f"茲據請求人{a.name}持中華民國國民身分證到場，於本公證人面前承認前揭授權委託書上之簽名為其親自所為，"
              "經本公證人核對身分無誤。依公證法第一百零一條規定予以認證。"),
        ("p", "本公證書正本乙份交請求人收執，副本乙份依海峽兩岸公證書使用查證協議寄送大陸有關公證協會。"),
    ], family="ming", top=mm(34))
    t = notary[0]
    t.text(mm(28), y + 40, f"臺灣臺中地方法院所屬民間公證人　{c.extra['notary']}", f)
    t.text(mm(28), y + 110, "事務所：臺中市西屯區臺灣大道三段" + str(c.extra["notary_no_int"] % 300 + 10) + "號",
           font("ming", 36))
    t.text(mm(28), y + 180, "中華民國" + c.extra["roc_date"], f)
    seal(t, mm(150), y + 120, "民間公證人" + c.extra["notary"] + "事務所", rng)
    sef = Sheet()
    sef.centred(mm(22), SEF + "　函", font("ming", 60))
    y = flow(sef, [
        ("f", "地址：臺北市中山區民生東路三段一五六號"),
        ("f", "受文者：福建省公證員協會"),
        ("f", f"發文日期：中華民國{c.extra['sef_date']}"),
        ("f", f"發文字號：（{c.extra['sef_year']}）海基法（九）字第{c.extra['sef_no']}號"),
        ("f", "附件：公證書副本乙份"),
        ("p", f"主旨：寄送{a.name}授權委託書認證之公證書副本（{c.extra['notary_no']}）乙份，請查照。"),
        ("p", "說明：依「海峽兩岸公證書使用查證協議」辦理。"),
    ], font("ming", 38), x0=mm(26), width=mm(158), y=mm(44), line_height=70, indent=76)
    sef.text(mm(110), y + 80, "董事長", font("ming", 44))
    seal(sef, mm(150), y + 60, SEF, rng)
    return [*poa, t, sef]


def attorney_plain(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    sheets, y = _typed([
        ("c", "授权委托书"),
        ("f", f"委托人：{a.name}，公民身份号码{a.id_number}"),
        ("f", f"受托人：{c.agent}，{c.firm}律师"),
        ("p", f"现委托上列受托人在委托人与{c.respondent.name}{cause(c)}执行一案中，作为委托人的代理人。"),
        ("f", "代理权限：特别授权（代为申请执行、参与和解、代为领取执行款、代为签收法律文书）。"),
    ], top=mm(32))
    s = sheets[0]
    s.text(mm(110), y + 50, "委托人：", body(40))
    signature(s, mm(142), y + 40, a.name, rng)
    s.text(mm(110), y + 130, "受托人：", body(40))
    signature(s, mm(142), y + 120, c.agent, rng)
    hand(s, mm(120), y + 220, num_date(c.filed_on - timedelta(days=3)), rng, size=40)
    return sheets


def firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(20), c.firm, font("serif_bold", 60), fill=RED, spacing=4)
    s.line(mm(20), mm(34), mm(190), mm(34), width=4, fill=RED)
    y = flow(s, [
        ("c", "律 师 事 务 所 函"),
        ("r", f"晋{c.extra['firm_short']}律执字〔{c.filed_on.year}〕第{c.extra['letter_no']}号"),
        ("f", f"{COURT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{cause(c)}执行一案中"
              "申请执行人的委托代理人。"),
        ("p", "特此函告。"),
        ("f", f"附：授权委托书一份，律师执业证复印件一份。　联系电话：{c.agent_phone}"),
    ], font("serif", 40), x0=mm(28), width=mm(154), y=mm(46), line_height=70, indent=80,
             centre=font("serif_bold", 54))
    s.right(mm(182), y + 90, c.firm, font("serif", 40))
    s.right(mm(182), y + 160, cn_date(c.filed_on - timedelta(days=2)), font("serif", 40))
    seal(s, mm(152), y + 110, c.firm, rng)
    s.text(mm(30), mm(270), f"地址：{c.extra['firm_addr']}", font("sans", 26))
    return [s]


def licence_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(16), "律师执业证（复印件）", font("sans", 40))
    x, y, w, h = mm(30), mm(32), mm(150), mm(100)
    s.draw.rectangle((x, y, x + w, y + h), fill=(238, 232, 220), outline=GREY, width=3)
    s.draw.rectangle((x + 40, y + 60, x + 300, y + 400), fill=(180, 176, 168))
    rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["license_no"]),
            ("法律职业资格或律师资格证号", c.extra["qual_no"]), ("发证机关", "福建省司法厅"),
            ("发证日期", c.extra["license_day"]), ("持证人", c.agent), ("性别", c.extra["agent_sex"])]
    for k, (label, value) in enumerate(rows):
        s.text(x + 340, y + 40 + k * 80, label, font("sans", 26), fill=(90, 80, 60))
        s.text(x + 340, y + 72 + k * 80, value, font("sans_bold", 30))
    seal(s, x + 200, y + 520, "福建省司法厅", rng, radius=mm(16))
    y2 = y + h + mm(10)
    s.draw.rectangle((x, y2, x + w, y2 + mm(60)), fill=(240, 236, 226), outline=GREY, width=3)
    table(s, x + 40, y2 + 40, [300, 500, 300], [["年度考核", "考核结果", "备案日期"],
                                                [str(c.filed_on.year - 1) + "年度", "称职", f"{c.filed_on.year}.05"]],
          font("sans", 30), row_h=80)
    s.text(x + 40, y2 + 260, "律师年度考核备案专用章", font("sans", 28), fill=GREY)
    seal(s, x + 900, y2 + 240, "泉州市律师协会", rng, radius=mm(14))
    return [s]


def clue_form(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(20), "被执行人财产线索", font("serif_bold", 52))
    s.centred(mm(32), "（申请执行人填写）", font("serif", 34))
    rows = [["被执行人", c.respondent.name], ["银行账户", c.extra["resp_bank"]], ["不动产", c.extra["clue_estate"]],
            ["车辆", "闽C" + c.extra["plate"]], ["其他（应收款、设备、存货）", c.extra["clue_other"]],
            ["提供人签名", ""], ["日期", ""]]
    y = table(s, mm(22), mm(44), [mm(50), mm(116)], [[r[0], ""] for r in rows], font("serif", 34),
              row_h=[mm(16)] * 5 + [mm(14), mm(14)])
    s.lines.extend(r[0] for r in rows)
    for k, r in enumerate(rows[:5]):
        hand(s, mm(76), mm(48) + k * mm(16), r[1][:22], rng, size=38)
    signature(s, mm(80), mm(44) + 5 * mm(16) + 10, c.agent, rng)
    hand(s, mm(80), mm(44) + 5 * mm(16) + mm(14) + 20, num_date(c.filed_on), rng, size=38)
    s.text(mm(22), y + 40, "注：申请执行人应如实提供财产线索，并对线索的真实性负责。", font("serif", 30))
    return [s]


def fee_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(size=(mm(210), mm(140)), paper=(250, 248, 240))
    s.centred(mm(10), "福建省政府非税收入票据", font("serif_bold", 50), fill=(160, 40, 40))
    s.text(mm(14), mm(24), f"票据代码：{c.extra['bill_code']}", font("sans", 28))
    s.right(mm(196), mm(24), f"No {c.extra['bill_no']}", font("sans", 30), fill=(160, 40, 40))
    s.text(mm(14), mm(32), f"执收单位：{COURT}　　交款人：{c.applicant.name}", font("sans", 28))
    y = table(s, mm(14), mm(40), [mm(70), mm(30), mm(82)],
              [["项目名称", "数量", "金额（元）"], ["申请执行费", "1", ""], ["", "", ""],
               [f"金额合计（大写）{money_caps(c.extra['exec_fee'])}"]], font("sans", 28), row_h=mm(11))
    hand(s, mm(120), mm(53), f"{c.extra['exec_fee']:.2f}", rng, size=40, ink=INK)
    s.text(mm(14), y + 20, f"开票日期：{num_date(c.filed_on)}　　收款人：{c.extra['cashier']}", font("sans", 28))
    seal(s, mm(170), y - 40, "晋江市人民法院财务专用章", rng, radius=mm(15))
    return [s]


def account_confirmation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(22), "申请执行人收取执行款确认书", font("serif_bold", 52))
    s.text(mm(24), mm(38), f"案号：{c.number}", font("serif", 36))
    rows = [["收款人户名", ""], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""]]
    table(s, mm(24), mm(48), [mm(44), mm(118)], rows, font("serif", 34), row_h=mm(16))
    vals = [c.applicant.name, c.extra["own_bank"], c.extra["own_account"], c.agent_phone]
    for k, v in enumerate(vals):
        hand(s, mm(72), mm(52) + k * mm(16), v, rng, size=40)
    y = flow(s, [("p", "本人确认以上账户为接收本案执行款的账户，因账户信息错误导致执行款无法到账或错付的，由本人承担责任。"
                       "如账户变更，将及时书面告知法院。")], font("serif", 36), x0=mm(24), width=mm(162), y=mm(122),
             line_height=62, indent=72)
    s.text(mm(100), y + 60, "申请执行人（签名）：", font("serif", 36))
    signature(s, mm(150), y + 50, c.agent if c.extra["story"] == "taiwan" else c.applicant.name, rng)
    hand(s, mm(120), y + 150, num_date(c.filed_on), rng, size=38)
    return [s]


def address_confirmation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(18), COURT, font("serif", 40))
    s.centred(mm(28), "送达地址确认书", font("serif_bold", 56))
    rows = [["案号", c.number], ["受送达人", ""], ["送达地址", ""], ["收件人及电话", ""],
            ["是否同意电子送达", "□同意　□不同意"], ["电子送达方式", ""]]
    table(s, mm(20), mm(44), [mm(46), mm(124)], rows, font("serif", 34), row_h=mm(17))
    fills = [c.applicant.name, c.extra["service_addr"], f"{c.agent}　{c.agent_phone}", "", c.agent_phone + "（短信）"]
    for k, v in enumerate(fills):
        if v:
            hand(s, mm(70), mm(48) + (k + 1) * mm(17), v[:24], rng, size=38)
    hand(s, mm(71), mm(48) + 4 * mm(17) - 4, "✓", rng, size=44)
    y = flow(s, [("p", "告知：受送达人应如实提供确切的送达地址，因提供的地址不准确、拒不提供送达地址、送达地址变更未及时告知"
                       "法院，导致法律文书未能被实际接收的，文书退回之日视为送达之日。"),
                 ("p", "本人已阅知上述告知事项，确认以上送达地址适用于执行程序。")],
             font("serif", 34), x0=mm(20), width=mm(170), y=mm(152), line_height=58, indent=68)
    s.text(mm(100), y + 50, "受送达人（签名）：", font("serif", 34))
    signature(s, mm(150), y + 40, c.agent, rng)
    hand(s, mm(130), y + 130, num_date(c.filed_on), rng, size=36)
    return [s]


def declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The hand-filled 财产申报表: ticks, an awkward hand, a fingerprint-red seal of the company."""
    r = c.respondent
    s = Sheet()
    s.centred(mm(16), "被执行人财产申报表", font("serif_bold", 54))
    s.text(mm(18), mm(30), f"案号：{c.number}", font("serif", 32))
    rows = [["申报人", ""], ["银行存款（开户行、账号、余额）", ""], ["", ""], ["不动产", ""], ["车辆", ""],
            ["应收账款、股权", ""], ["收入情况", ""], ["其他财产", ""], ["近一年财产变动情况", ""]]
    table(s, mm(18), mm(38), [mm(58), mm(116)], rows, font("serif", 32), row_h=mm(19))
    fills = c.extra["declared"]
    for k, v in enumerate(fills):
        hand(s, mm(80), mm(43) + k * mm(19), v, rng, size=36)
    y = mm(38) + 9 * mm(19) + 30
    flow(s, [("p", "本人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。")], font("serif", 32), x0=mm(18),
         width=mm(174), y=y, line_height=54, indent=64)
    s.text(mm(96), y + 110, "申报人（签名、盖章）：", font("serif", 32))
    who = r.legal_rep if r.kind == "organisation" else r.name
    signature(s, mm(150), y + 100, who, rng)
    if r.kind == "organisation":
        seal(s, mm(156), y + 130, r.name, rng, radius=mm(18))
    hand(s, mm(130), y + 200, num_date(c.day(16)), rng, size=36)
    return [s]


def inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 网络查控 printout, the 泉州银行 reply to a 点对点 freeze and the 晋江 不动产 centre's reply."""
    s = Sheet()
    s.centred(mm(14), "全国法院网络执行查控系统　查询结果", font("sans_bold", 44))
    s.text(mm(14), mm(26), f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}",
           font("sans", 26))
    rows = [["序号", "协助单位", "反馈结果", "反馈时间"]]
    for k, (unit, res) in enumerate(c.extra["inquiry"], 1):
        rows.append([str(k), unit, res, num_date(c.day(3 + k % 3))])
    y = table(s, mm(14), mm(34), [mm(16), mm(62), mm(76), mm(28)], rows, font("sans", 26), row_h=mm(11))
    s.text(mm(14), y + 30, f"打印人：{c.officer}　打印时间：{num_date(c.day(7))}", font("sans", 26))
    b = Sheet()
    b.text(mm(22), mm(18), "泉州银行", font("hei", 64), fill=(200, 90, 20))
    b.text(mm(70), mm(24), "BANK OF QUANZHOU", font("sans", 26), fill=(200, 90, 20))
    y = flow(b, [
        ("c", "协助执行回执"),
        ("f", f"{COURT}："),
        ("p", f"贵院{c.number}协助执行通知书收悉。经查，被执行人{c.respondent.name}在我行开立账户情况如下："),
    ], font("serif", 38), x0=mm(22), width=mm(166), y=mm(44), line_height=66, indent=76, centre=font("serif_bold", 50))
    y = table(b, mm(22), y + 20, [mm(58), mm(34), mm(40), mm(34)],
              [["账号", "账户性质", "冻结金额（元）", "状态"],
               [c.extra["resp_account"], "基本存款账户", c.extra["frozen"], "已冻结"]], font("serif", 30), row_h=mm(12))
    y = flow(b, [("p", "冻结期限一年，自协助冻结之日起计算。特此回复。")], font("serif", 38), x0=mm(22), width=mm(166),
             y=y + 30, line_height=66, indent=76)
    b.right(mm(186), y + 80, BANK, font("serif", 36))
    b.right(mm(186), y + 150, num_date(c.day(9)), font("serif", 36))
    seal(b, mm(160), y + 110, "泉州银行晋江支行业务专用章", rng, radius=mm(18))
    b.starts_document = True
    r = Sheet()
    r.centred(mm(20), REGISTRY, font("serif_bold", 48))
    r.centred(mm(32), "不动产登记信息查询结果", font("serif_bold", 50))
    r.text(mm(20), mm(46), f"查询申请：{COURT}（{c.number}）　查询日期：{num_date(c.day(8))}", font("serif", 30))
    y = table(r, mm(20), mm(54), [mm(40), mm(130)],
              [["权利人", c.respondent.name], ["证件号码", c.respondent.id_number],
               ["查询结果", c.extra["estate_result"]], ["备注", "本结果仅反映查询时点登记簿记载情况。"]],
              font("serif", 32), row_h=[mm(14), mm(14), mm(30), mm(16)])
    r.text(mm(110), y + 60, "查询专用章", font("serif", 30))
    seal(r, mm(150), y + 60, "晋江市不动产登记中心查询专用章", rng, radius=mm(18))
    r.starts_document = True
    return [s, b, r]


def settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    sheets, y = _typed([
        ("c", "执行和解协议"),
        ("f", f"甲方（申请执行人）：{c.applicant.name}"),
        ("f", f"乙方（被执行人）：{c.respondent.name}　法定代表人：{c.respondent.legal_rep}"),
        ("p", f"甲乙双方就{c.basis_number}裁决书的执行，在{COURT}执行局（{c.number}）主持下自愿达成和解如下："),
        ("p", f"一、乙方于{num_date(c.day(40))}前一次性支付甲方加工费{money(c.extra['settled'])}，甲方放弃迟延履行期间的债务利息；"),
        ("p", "二、乙方按期付清后，本案执行完毕；乙方逾期未付的，甲方可申请恢复执行原裁决。"),
        ("p", f"三、款项汇入甲方账户：{c.extra['own_bank']}，账号{c.extra['own_account']}。"),
        ("p", "四、本协议一式三份，双方各执一份，交法院附卷一份。"),
    ], top=mm(34))
    s = sheets[-1]
    s.text(mm(28), y + 60, "甲方：", body(40))
    signature(s, mm(52), y + 50, c.applicant.name, rng)
    s.text(mm(110), y + 60, "乙方：", body(40))
    seal(s, mm(150), y + 80, c.respondent.name, rng, radius=mm(18))
    signature(s, mm(132), y + 120, c.respondent.legal_rep, rng)
    hand(s, mm(60), y + 220, num_date(c.day(30)), rng, size=40)
    return sheets


def voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(size=(mm(210), mm(120)), paper=(246, 250, 246))
    s.text(mm(12), mm(8), "福建晋江农村商业银行", font("hei", 44), fill=(20, 110, 70))
    s.right(mm(198), mm(10), "电子回单", font("hei", 44), fill=(20, 110, 70))
    table(s, mm(12), mm(24), [mm(30), mm(62), mm(30), mm(64)],
          [["付款人", c.respondent.name, "收款人", c.applicant.name],
           ["付款账号", c.extra["resp_account"], "收款账号", c.extra["own_account"]],
           ["金额", f"¥{c.extra['settled']:,.2f}", "大写", money_caps(c.extra["settled"])],
           ["用途", f"{c.number}执行和解款", "交易日期", num_date(c.day(38))],
           ["流水号", c.extra["serial"], "状态", "交易成功"]], font("sans", 26), row_h=mm(13))
    seal(s, mm(170), mm(96), "晋江农商银行电子回单专用章", rng, radius=mm(15))
    hand(s, mm(14), mm(96), "款已收到", rng, size=40)
    signature(s, mm(60), mm(94), c.applicant.name, rng)
    return [s]


RECEIVED = {
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "property_clue_form", "fee_receipt",
    "payment_account_confirmation", "service_address_confirmation", "property_declaration_form",
    "online_inquiry_result", "settlement_agreement", "payment_voucher",
}


def render_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    story = c.extra["story"]
    if code == "enforcement_basis":
        return award(c, rng) if c.basis_kind == "arbitration" else judgment(c, rng)
    if code == "effectiveness_certificate":
        return award_certificate(c, rng)
    if code == "identity_proof":
        if served == ["respondent"]:
            if c.respondent.kind == "organisation":
                return [*licence(c, rng), *letterhead_statement(c, rng)]
            return id_card(c, rng, "respondent")
        return taiwan_permit(c, rng) if story == "taiwan" else id_card(c, rng, "applicant")
    if code == "power_of_attorney":
        return attorney_taiwan(c, rng) if story == "taiwan" else attorney_plain(c, rng)
    table_ = {
        "enforcement_application": application, "law_firm_letter": firm_letter, "lawyer_license": licence_card,
        "property_clue_form": clue_form, "fee_receipt": fee_receipt,
        "payment_account_confirmation": account_confirmation, "service_address_confirmation": address_confirmation,
        "property_declaration_form": declaration, "online_inquiry_result": inquiry,
        "settlement_agreement": settlement, "payment_voucher": voucher,
    }
    return table_[code](c, rng)


__all__ = ["ARBITRATION", "BANK", "BLUE_INK", "RECEIVED", "REGISTRY", "SEF", "render_paper"]
