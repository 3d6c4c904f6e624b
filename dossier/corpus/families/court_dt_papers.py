"""What 四平铁西 receives, each in its maker's hand: the trial benches' judgment, mediation and 生效证明 (明体, numbered
“第x页 共y页”), the 四平市劳动人事争议仲裁委员会's red-headed award, the 律所's applications in 宋 with a grey rule under
the firm's name, the 非税收入缴款书 printed in green, the window forms filled in ballpoint, a bank's e-receipt, licence and
ID-card photocopies and the 企业信用信息 printout."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Block, Sheet, flow, hand, mm, seal, signature, table, wrap
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "settlement_agreement", "payment_voucher",
})
BALLPOINT = (35, 45, 135)
BLACK_PEN = (30, 30, 36)
GREEN = (40, 120, 80)
RED_HEAD = (200, 35, 40)
TRIAL = "吉林省四平市铁西区人民法院"


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_basis":
        return _award(c, rng) if _tale(c) == "wage" else _bench(c, rng)
    draw = {"effectiveness_certificate": _certificate, "enforcement_application": _application,
            "power_of_attorney": _attorney, "law_firm_letter": _firm_letter, "lawyer_license": _licence_booklet,
            "fee_receipt": _nontax, "property_clue_form": _clues, "payment_account_confirmation": _account,
            "service_address_confirmation": _address, "property_declaration_form": _declaration,
            "settlement_agreement": _settlement, "payment_voucher": _e_receipt}
    if code == "identity_proof":
        return _identity(c, rng, "respondent" in served)
    return draw[code](c, rng)


# ---------------------------------------------------------------- the trial benches (明体, footed “第x页 共y页”)

def _bench_pages(title: str, number: str, blocks: Sequence[Block], tail: Sequence[tuple[str, str]], day: date,
                 rng: random.Random) -> list[Sheet]:
    body = font("ming", 42)
    x0, x1 = mm(31), mm(27)
    sheets: list[Sheet] = []

    def more() -> tuple[Sheet, float]:
        s = Sheet()
        sheets.append(s)
        return s, float(mm(26))

    s, _ = more()
    s.centred(mm(24), TRIAL, font("ming", 58), spacing=4)
    s.centred(mm(24) + 92, title, font("serif_bold", 74), spacing=26)
    s.right(s.width - x1, mm(24) + 210, number, body)
    w = s.width - x0 - x1
    y = flow(s, blocks, body, x0=x0, width=w, y=mm(24) + 300, line_height=74, indent=84,
             bottom=s.height - mm(34), more=more)
    s = sheets[-1]
    if y + 74 * 5 > s.height - mm(34):
        s, y = more()
    y += 50
    for role, name in tail[:-1]:
        s.text(s.width - x1 - mm(70), y, f"{role}　{name}", body)
        y += 74
    s.right(s.width - x1 - mm(8), y + 30, cn_date(day), body)
    seal(s, s.width - x1 - mm(36), y + 40, TRIAL, rng, radius=mm(20))
    y += 130
    role, name = tail[-1]
    s.text(s.width - x1 - mm(70), y, f"{role}　{name}", body)
    blue = (45, 65, 150)
    s.box(x0, y + 100, x0 + mm(58), y + 100 + mm(11), width=3, outline=blue)
    s.text(x0 + mm(3), y + 100 + mm(2.5), "本件与原本核对无异", font("serif", 34), fill=blue)
    for i, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(18), f"第{i}页 共{len(sheets)}页", font("ming", 30))
        if len(sheets) > 1:
            sh.page_of = (i, len(sheets))
    return sheets


def _bench(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    judged = c.extra["judged"]
    if _tale(c) == "grain":
        tons = c.extra["tons"]
        blocks: list[Block] = [
            ("f", f"原告：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，该公司总经理。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被告：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。"),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后，依法适用普通程序，公开开庭进行了审理。原告的委托诉讼"
                  "代理人到庭参加诉讼，被告经本院传票传唤无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
            ("p", f"原告向本院提出诉讼请求：1.判令被告给付玉米货款{money(c.amount)}及逾期付款利息；2.本案诉讼费用由被告负担。"
                  f"事实和理由：{judged.year - 1}年11月至{judged.year}年3月，原告分批向被告供应三等玉米共计{tons}吨，"
                  "双方每批次按过磅单结算，被告出具了欠款确认单，至今未付。"),
            ("p", "被告未作答辩，亦未提交证据。"),
            ("p", f"本院经审理认定事实如下：原、被告之间存在玉米买卖关系，原告已按约交付玉米{tons}吨，被告于{judged.year}年4月"
                  f"出具欠款确认单，确认尚欠货款{c.amount:,.2f}元。"),
            ("p", "本院认为，当事人应当按照约定全面履行自己的义务。被告收货后未按约支付货款，应承担给付责任。依照《中华人民共和国"
                  "民法典》第五百七十七条、第六百二十六条，《中华人民共和国民事诉讼法》第一百四十七条规定，判决如下："),
            ("p", f"一、被告{r.name}于本判决发生法律效力之日起十日内给付原告{a.name}货款{money(c.amount)}；"),
            ("p", "二、被告于本判决发生法律效力之日起十日内给付原告逾期付款利息（以欠款为基数，按同期全国银行间同业拆借中心公布的"
                  "一年期贷款市场报价利率计算，自起诉之日起至实际给付之日止）。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延"
                  "履行期间的债务利息。"),
            ("p", f"案件受理费{c.extra['fee']}元，由被告负担。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人的人数提出副本，上诉于吉林省"
                  "四平市中级人民法院。"),
        ]
        return _bench_pages("民事判决书", c.basis_number, blocks,
                            [("审判长", c.judge), ("人民陪审员", person_name(rng)), ("人民陪审员", person_name(rng)),
                             ("书记员", person_name(rng))], judged, rng)
    blocks = [
        ("f", f"原告：{a.name}，住所地{a.address}。"), ("f", f"负责人：{a.legal_rep}，该分行行长。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被告：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，汉族，住{r.address}。"),
        ("p", f"原告{a.name}与被告{r.name}金融借款合同纠纷一案，本院于{num_date(judged - timedelta(days=34))}立案后，依法适用简易"
              "程序进行审理。"),
        ("p", f"原告诉称：被告以购买{c.extra['car']}汽车为由向原告申请个人汽车消费贷款，双方签订《个人汽车贷款合同》，并以该车辆"
              f"（号牌{c.extra['plate']}）办理抵押登记。被告自第十一期起未按约还款，经催收未果。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}于{num_date(judged + timedelta(days=60))}前一次性偿还原告{a.name}借款本金、利息及罚息共计"
              f"{money(c.amount)}；"),
        ("p", f"二、被告未按期足额履行第一项义务的，原告有权就抵押车辆（号牌{c.extra['plate']}）折价或者拍卖、变卖所得价款优先受偿；"),
        ("p", f"三、案件受理费减半收取{c.extra['fee']}元，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    return _bench_pages("民事调解书", c.basis_number, blocks, [("审判员", c.judge), ("书记员", person_name(rng))], judged, rng)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The labour arbitration commission's award: red head and rule, 楷 body, arbitrators' names, the commission's seal."""
    a, r = c.applicant, c.respondent
    body = font("wenkai", 44)
    sheets: list[Sheet] = []

    def more() -> tuple[Sheet, float]:
        s = Sheet()
        sheets.append(s)
        return s, float(mm(24))

    s, _ = more()
    s.centred(mm(20), c.basis_court, font("serif_bold", 66), fill=RED_HEAD)
    s.line(mm(22), mm(20) + 104, s.width - mm(22), mm(20) + 104, width=6, fill=RED_HEAD)
    s.centred(mm(20) + 140, "仲　裁　裁　决　书", font("hei", 70))
    s.right(s.width - mm(26), mm(20) + 240, c.basis_number, body)
    days = c.extra["judged"]
    blocks: list[Block] = [
        ("f", f"申请人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}，"
              f"公民身份号码{a.id_number}。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，经理。"),
        ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委于{num_date(days - timedelta(days=40))}立案受理，依法组成仲裁庭"
              "公开开庭审理，被申请人经书面通知无正当理由未到庭。本案现已审理终结。"),
        ("p", f"申请人请求：裁决被申请人支付拖欠的工资{c.amount:,.2f}元。"),
        ("p", f"经审理查明：申请人自{days.year - 1}年4月起在被申请人承建的{c.extra['site']}从事瓦工工作，带班工人"
              f"{c.extra['workers']}人，工资按月计算，由被申请人项目负责人签字确认。工程主体封顶后，被申请人未支付申请人及其班组"
              f"工资，经结算，共欠付{c.amount:,.2f}元，有工资结算单、考勤记录及证人证言为证。"),
        ("p", "本委认为，用人单位应当按时足额支付劳动者劳动报酬。被申请人拖欠申请人工资，事实清楚，证据充分。依照《中华人民共和国"
              "劳动合同法》第三十条、《保障农民工工资支付条例》第十五条、《中华人民共和国劳动争议调解仲裁法》第四十七条之规定，裁决如下："),
        ("p", f"被申请人{r.name}于本裁决生效之日起十日内支付申请人{a.name}工资{money(c.amount)}。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。劳动者对本裁决不服的，可以自收到裁决书之日起十五日内向人民法院提起诉讼；"
              "用人单位有证据证明本裁决有法定情形之一的，可以自收到裁决书之日起三十日内向四平市中级人民法院申请撤销裁决。"),
    ]
    w = s.width - mm(52)
    y = flow(s, blocks, body, x0=mm(26), width=w, y=mm(20) + 320, line_height=76, indent=88,
             bottom=s.height - mm(30), more=more)
    s = sheets[-1]
    if y + 76 * 5 > s.height - mm(30):
        s, y = more()
    y += 40
    for role, who in [("首席仲裁员", c.judge), ("仲裁员", person_name(rng)), ("仲裁员", person_name(rng))]:
        s.text(s.width - mm(110), y, f"{role}：{who}", body)
        y += 76
    s.right(s.width - mm(34), y + 20, cn_date(days), body)
    seal(s, s.width - mm(62), y + 30, c.basis_court, rng, radius=mm(21))
    s.text(s.width - mm(110), y + 130, f"书记员：{person_name(rng)}", body)
    for i, sh in enumerate(sheets, 1):
        sh.right(sh.width - mm(24), sh.height - mm(16), f"-{i}-", font("wenkai", 32))
        if len(sheets) > 1:
            sh.page_of = (i, len(sheets))
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    if _tale(c) == "wage":
        issuer = c.basis_court
        s.centred(mm(30), issuer, font("serif_bold", 60), fill=RED_HEAD)
        s.line(mm(22), mm(30) + 96, s.width - mm(22), mm(30) + 96, width=6, fill=RED_HEAD)
        s.centred(mm(30) + 150, "生效证明", font("hei", 76), spacing=30)
        text = (f"申请人{c.applicant.name}与被申请人{c.respondent.name}劳动争议一案，本委作出的{c.basis_number}仲裁裁决书已于"
                f"{num_date(c.extra['judged'] + timedelta(days=3))}送达双方当事人。申请人在法定期限内未向人民法院提起诉讼，"
                f"被申请人在法定期限内未向四平市中级人民法院申请撤销。该裁决书已于{num_date(c.basis_effective)}发生法律效力。")
        f = font("wenkai", 46)
    else:
        issuer = TRIAL
        s.centred(mm(30), issuer, font("ming", 58), spacing=4)
        s.centred(mm(30) + 100, "生效证明书", font("serif_bold", 76), spacing=24)
        text = (f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，本院作出的{c.basis_number}"
                f"{'民事判决书' if _tale(c) == 'grain' else '民事调解书'}已于{num_date(c.basis_effective)}发生法律效力。")
        f = font("ming", 46)
    y = flow(s, [("f", "四平市铁西区人民法院执行局："), ("p", text), ("p", "特此证明。")], f, x0=mm(30), width=s.width - mm(58),
             y=mm(30) + 300, line_height=84, indent=92)
    if _tale(c) == "grain":
        y = flow(s, [("f", "承办人（签字）：")], f, x0=mm(30), width=s.width - mm(58), y=y + 60, line_height=84, indent=0)
        signature(s, mm(30) + 330, y - 100, c.judge, rng, ink=BLACK_PEN)
    s.right(s.width - mm(36), y + 140, cn_date(c.basis_effective + timedelta(days=rng.randint(2, 9))), f)
    seal(s, s.width - mm(66), y + 150, issuer, rng, radius=mm(21))
    return [s]


# ---------------------------------------------------------------- the law firm (宋, firm name over a grey rule)

def _firm_pages(c: CaseCtx, title: str, blocks: Sequence[Block], rng: random.Random, *,
                head: bool = False) -> tuple[list[Sheet], float]:
    """The firm's typed pages; returns them and the y below the text on the last one."""
    body = font("song_gb", 40)
    sheets: list[Sheet] = []

    def more() -> tuple[Sheet, float]:
        s = Sheet()
        sheets.append(s)
        return s, float(mm(22))

    s, _ = more()
    y = float(mm(20))
    if head:
        s.text(mm(24), y, c.firm, font("sans_bold", 46), fill=(60, 60, 60))
        s.text(mm(24), y + 64, "JILIN LAW FIRM", font("sans", 24), fill=(110, 110, 110))
        s.line(mm(24), y + 100, s.width - mm(24), y + 100, width=3, fill=(120, 120, 120))
        y += 150
    s.centred(y, title, font("sans_bold", 62), spacing=6)
    y = flow(s, blocks, body, x0=mm(26), width=s.width - mm(50), y=y + 130, line_height=70, indent=80,
             bottom=s.height - mm(28), more=more)
    for i, sh in enumerate(sheets, 1):
        if len(sheets) > 1:
            sh.right(sh.width - mm(24), sh.height - mm(14), f"第{i}页 共{len(sheets)}页", font("serif", 28))
            sh.page_of = (i, len(sheets))
    return sheets, y


def _applicant_line(c: CaseCtx) -> list[Block]:
    a = c.applicant
    if a.kind == "person":
        return [("f", f"申请执行人：{a.name}，{a.sex}，{a.born.year if a.born else ''}年{a.born.month if a.born else ''}月"
                      f"{a.born.day if a.born else ''}日生，汉族，住{a.address}，身份证号{a.id_number}，电话{a.phone}。")]
    return [("f", f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}。"),
            ("f", f"{'负责人' if '分行' in a.name else '法定代表人'}：{a.legal_rep}，联系电话{a.phone}。")]


def _respondent_line(c: CaseCtx) -> list[Block]:
    r = c.respondent
    if r.kind == "person":
        return [("f", f"被执行人：{r.name}，{r.sex}，汉族，住{r.address}，身份证号{r.id_number}，电话{r.phone}。")]
    return [("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。")]


def _sign_off(s: Sheet, c: CaseCtx, rng: random.Random, y: float, day: date) -> None:
    f = font("song_gb", 40)
    s.text(mm(26), y, "此致", f)
    s.text(mm(26), y + 70, "四平市铁西区人民法院", f)
    s.text(s.width - mm(120), y + 170, "申请执行人：", f)
    if c.applicant.kind == "organisation":
        s.text(s.width - mm(120), y + 240, "（盖章）", f)
        seal(s, s.width - mm(55), y + 230, c.applicant.name, rng, radius=mm(20))
    else:
        signature(s, s.width - mm(76), y + 150, c.applicant.name, rng, ink=BLACK_PEN)
    s.right(s.width - mm(30), y + 320, num_date(day), f)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    basis = {"grain": "民事判决书", "wage": "仲裁裁决书", "car": "民事调解书"}[_tale(c)]
    what = {"grain": f"被执行人拖欠玉米货款，经{c.basis_court}判决后，",
            "wage": f"被执行人拖欠申请人及其班组工资，经{c.basis_court}裁决后，",
            "car": f"被执行人贷款购买{c.extra.get('car', '')}后逾期还款，经{c.basis_court}主持调解后，"}[_tale(c)]
    blocks: list[Block] = [*_applicant_line(c), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
                           *_respondent_line(c), ("f", "执行请求："),
                           ("p", f"一、请求依法强制执行{c.basis_court}{c.basis_number}{basis}，责令被执行人给付{money(c.amount)}；"),
                           ("p", "二、被执行人加倍支付迟延履行期间的债务利息；"),
                           ("p", "三、本案执行费用由被执行人承担。"),
                           ("f", "事实与理由："),
                           ("p", f"{what}该法律文书已于{num_date(c.basis_effective)}发生法律效力。被执行人至今未履行义务，"
                                 "根据《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。")]
    sheets, y = _firm_pages(c, "强制执行申请书", blocks, rng)
    s = sheets[-1]
    y += 40
    if y + 400 > s.height - mm(20):
        s = Sheet()
        sheets.append(s)
        y = float(mm(30))
    _sign_off(s, c, rng, y, c.day(-2))
    return sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """授权委托书 on the firm's pre-printed form: the blanks filled by hand, the 权限 ticked."""
    s = Sheet()
    s.centred(mm(24), "授 权 委 托 书", font("sans_bold", 66))
    f = font("serif", 40)
    x = mm(24)
    w = s.width - 2 * x
    rows = [["委托人", ""], ["住所（住址）", ""], ["受委托人", ""], ["工作单位", ""], ["联系电话", ""], ["案由", ""],
            ["代理权限", ""]]
    heights = [mm(16), mm(20), mm(16), mm(16), mm(16), mm(16), mm(64)]
    table(s, x, mm(44), [mm(40), w - mm(40)], rows, f, row_h=heights, centre_first=True)
    ys = [mm(44) + sum(heights[:k]) for k in range(len(rows))]
    vals = [c.applicant.name, c.applicant.address, f"{c.agent}（律师）", c.firm, c.agent_phone,
            f"与{c.respondent.name}{c.extra['cause']}执行"]
    for k, v in enumerate(vals):
        hand(s, x + mm(44), ys[k] + mm(4), v[:24], rng, size=40, ink=BALLPOINT)
        if len(v) > 24:
            hand(s, x + mm(44), ys[k] + mm(11), v[24:], rng, size=40, ink=BALLPOINT)
    powers = ["代为申请执行", "代为提供财产线索", "代为参加约谈、调查", "代为达成执行和解", "代为签收法律文书", "代为领取执行款"]
    py = ys[6] + mm(5)
    for k, p in enumerate(powers):
        px = x + mm(44) + (k % 2) * mm(66)
        s.text(px, py + (k // 2) * mm(12), "□ " + p, font("serif", 36))
        hand(s, px + 2, py + (k // 2) * mm(12) - 8, "√", rng, size=44, ink=BALLPOINT, record=False)
    s.text(x + mm(44), py + mm(38), "（特别授权）", font("serif", 36))
    y = ys[6] + heights[6] + mm(14)
    s.text(x, y, "委托人（签名或盖章）：", f)
    if c.applicant.kind == "organisation":
        seal(s, x + mm(120), y + mm(5), c.applicant.name, rng, radius=mm(20))
        s.text(x, y + mm(16), f"{'负责人' if '分行' in c.applicant.name else '法定代表人'}：", f)
        signature(s, x + mm(48), y + mm(13), c.applicant.legal_rep, rng, ink=BLACK_PEN)
    else:
        signature(s, x + mm(80), y - mm(3), c.applicant.name, rng, ink=BALLPOINT)
        s.draw.ellipse((x + mm(125), y - mm(2), x + mm(135), y + mm(11)), fill=(205, 60, 60))
    d = c.day(-4)
    hand(s, s.width - mm(90), y + mm(34), f"{d.year}年{d.month}月{d.day}日", rng, size=42, ink=BALLPOINT)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    no = f"吉英律执字〔{c.filed_on.year}〕第{rng.randint(8, 160)}号" if "英城" in c.firm else \
        f"{c.firm[2:4]}律函〔{c.filed_on.year}〕{rng.randint(8, 160)}号"
    blocks: list[Block] = [("r", no), ("f", "四平市铁西区人民法院："),
                           ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}"
                                 f"{c.extra['cause']}一案执行阶段的代理人。"),
                           ("p", "特此函告。"),
                           ("f", "附：授权委托书一份"),
                           ("f", f"律师执业证号：{c.extra['licence']}"),
                           ("f", f"本所地址：{c.extra['firm_addr']}"), ("f", f"联系电话：{c.agent_phone}")]
    sheets, y = _firm_pages(c, "律师事务所函", blocks, rng, head=True)
    s = sheets[-1]
    y += 80
    s.right(s.width - mm(30), y, c.firm, font("song_gb", 40))
    s.right(s.width - mm(30), y + 74, num_date(c.day(-3)), font("song_gb", 40))
    seal(s, s.width - mm(70), y + 40, c.firm, rng, radius=mm(20))
    return sheets


def _licence_booklet(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 photocopied open: the holder's page and the annual-check page side by side."""
    s = Sheet()
    grey = (70, 70, 70)
    x, y, w, h = mm(16), mm(40), s.width - mm(32), mm(112)
    s.draw.rectangle((x, y, x + w, y + h), fill=(232, 232, 232), outline=grey, width=3)
    s.line(x + w / 2, y, x + w / 2, y + h, width=4, fill=(150, 150, 150))
    f = font("serif", 32)
    s.draw.rectangle((x + mm(8), y + mm(10), x + mm(38), y + mm(50)), fill=(160, 160, 160))
    rows = [("姓名", c.agent), ("性别", rng.choice("男女")), ("执业机构", c.firm), ("执业证类别", "专职"),
            ("执业证号", c.extra["licence"]), ("发证机关", "吉林省司法厅")]
    ty = y + mm(56)
    for k, v in rows:
        s.text(x + mm(8), ty, f"{k}　{v}", f)
        ty += 48
    seal(s, x + w / 2 - mm(26), y + mm(30), "吉林省司法厅", rng, radius=mm(16))
    s.centred(y + mm(8), "律师年度考核备案", font("serif_bold", 36), x0=x + w / 2, x1=x + w)
    for n, yr in enumerate([c.filed_on.year - 2, c.filed_on.year - 1]):
        by = y + mm(22) + n * mm(40)
        s.text(x + w / 2 + mm(8), by, f"考核年度　{yr}", f)
        s.text(x + w / 2 + mm(8), by + 48, "考核结果　称职", f)
        s.text(x + w / 2 + mm(8), by + 96, f"备案日期　{yr + 1}.05.{rng.randint(10, 30)}", f)
        seal(s, x + w - mm(30), by + mm(12), "四平市司法局", rng, radius=mm(13))
    hand(s, mm(30), y + h + mm(22), "复印件与原件一致", rng, size=48, ink=BLACK_PEN)
    signature(s, mm(120), y + h + mm(22), c.agent, rng, ink=BLACK_PEN)
    return [s]


# ---------------------------------------------------------------- money papers

def _nontax(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """吉林省非税收入一般缴款书, the 收据联 in green print with the bank's 收讫 stamp."""
    s = Sheet()
    s.centred(mm(22), "吉林省非税收入一般缴款书（电子）", font("serif_bold", 54), fill=GREEN)
    g = font("serif", 32)
    s.text(mm(18), mm(36), f"票据代码：22{rng.randint(100000, 999999)}", g, fill=GREEN)
    s.right(s.width - mm(18), mm(36), f"No {rng.randint(10**9, 10**10 - 1)}", font("mono", 36), fill=(170, 40, 40))
    orig = _tale(c) != "wage"
    payer = c.applicant.name
    item = "案件受理费" if orig else "申请执行费"
    ref = c.basis_number if orig else c.number
    fee = c.extra["fee"]
    paid = c.extra["judged"] - timedelta(days=60) if orig else c.day(0)
    x = mm(16)
    w = s.width - 2 * x
    rows = [["缴款人", payer, "执收单位", TRIAL], ["项目编码", f"1030{rng.randint(1000, 9999)}", "项目名称", item],
            ["案号", ref], ["金额（小写）", f"¥{fee:,.2f}", "金额（大写）", money_caps(Decimal(fee))],
            ["收款银行", "中国建设银行四平铁西支行", "缴款日期", f"{paid:%Y-%m-%d}"]]
    table(s, x, mm(46), [mm(36), w / 2 - mm(36), mm(32), w / 2 - mm(32)], rows, font("serif", 32), row_h=mm(15), fill=GREEN, pad=8)
    s.text(x, mm(46) + mm(15) * 5 + mm(5), "第二联　收据联（交缴款人）　　执收单位（盖章）　　收款银行（盖章）", g, fill=GREEN)
    cx, cy = s.width - mm(52), mm(46) + mm(15) * 5 + mm(22)
    s.draw.rectangle((cx - mm(24), cy - mm(9), cx + mm(24), cy + mm(9)), outline=(200, 60, 60), width=5)
    s.centred(cy - mm(6), "建设银行四平铁西支行", font("sans_bold", 26), fill=(200, 60, 60), x0=cx - mm(24), x1=cx + mm(24))
    s.centred(cy + mm(0.5), f"{paid:%Y.%m.%d} 收讫", font("sans_bold", 26), fill=(200, 60, 60), x0=cx - mm(24), x1=cx + mm(24))
    seal(s, mm(80), cy, TRIAL, rng, radius=mm(16), inner="财务专用章")
    s.line(0, s.height / 2 + mm(10), s.width, s.height / 2 + mm(10), width=1, fill=(200, 200, 200))
    return [s]


def _e_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's e-receipt for the court's transfer from its 执行款专户, printed in 微软雅黑-like 黑, two slips a page."""
    s = Sheet()
    f = font("microhei", 32)
    paid = c.day(47 if _tale(c) == "grain" else 52)
    parts = [(c.extra["frozen"], "扣划款发放"), (c.amount - c.extra["frozen"], "和解款发放")] if _tale(c) == "grain" \
        else [(c.amount, "执行款发放")]
    y = float(mm(16))
    for k, (amt, use) in enumerate(parts):
        s.text(mm(16), y, "中国农业银行", font("microhei", 44), fill=(0, 120, 100))
        s.centred(y + 6, "网上银行电子回单", font("microhei", 48))
        s.right(s.width - mm(16), y + 70, f"回单编号：{rng.randint(10**15, 10**16 - 1)}", f)
        rows = [["付款人", "户名", "四平市铁西区人民法院（执行款专户）"], ["", "账号", f"0734{rng.randint(10**10, 10**11 - 1)}"],
                ["收款人", "户名", c.applicant.name], ["", "账号", c.extra["in_acct"]], ["", "开户行", c.extra["in_bank"]],
                ["金额", "", f"{money(Decimal(amt))}"], ["用途", "", f"{c.number}{use}"],
                ["交易时间", "", f"{paid + timedelta(days=k):%Y-%m-%d} {rng.randint(9, 16)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"]]
        table(s, mm(16), y + 120, [mm(30), mm(26), s.width - mm(32) - mm(56)], rows, f, row_h=mm(10.5), pad=8)
        seal(s, s.width - mm(50), y + 120 + mm(60), "中国农业银行四平铁西支行", rng, radius=mm(17), inner="电子回单专用章")
        y += 120 + mm(10.5) * len(rows) + mm(22)
        s.line(mm(8), y - mm(10), s.width - mm(8), y - mm(10), width=2, fill=(160, 160, 160))
    return [s]


# ---------------------------------------------------------------- window forms filled in ballpoint

def _window_form(title: str, cells: list[tuple[str, str]], rng: random.Random, *, heights: Sequence[float] = (),
                 note: str = "", ink: tuple[int, int, int] = BALLPOINT) -> tuple[Sheet, float]:
    s = Sheet()
    s.centred(mm(18), "四平市铁西区人民法院执行立案窗口", font("sans", 34), spacing=4)
    s.centred(mm(28), title, font("sans_bold", 62))
    x = mm(18)
    w = s.width - 2 * x
    hs = list(heights) or [mm(17)] * len(cells)
    y0 = mm(48)
    table(s, x, y0, [mm(46), w - mm(46)], [[k, ""] for k, _ in cells], font("sans", 34), row_h=hs, centre_first=True)
    cy = float(y0)
    for (_k, v), h in zip(cells, hs, strict=True):
        per = 22
        parts = [v[i:i + per] for i in range(0, len(v), per)]
        ty = cy + mm(3)
        for part in parts[: max(1, int(h // mm(8)))]:
            hand(s, x + mm(50), ty, part, rng, size=42, ink=ink)
            ty += mm(8)
        cy += h
    if note:
        y = flow(s, [("p", note)], font("sans", 30), x0=x, width=w, y=cy + mm(5), line_height=46, indent=60)
        return s, y
    return s, cy


def _sign_form(s: Sheet, c: CaseCtx, rng: random.Random, y: float, who: str, day: date, *, org: str = "",
               ink: tuple[int, int, int] = BALLPOINT) -> None:
    f = font("sans", 36)
    s.text(mm(24), y + mm(8), "填写人（签名/盖章）：", f)
    signature(s, mm(100), y + mm(4), who, rng, ink=ink)
    if org:
        seal(s, mm(150), y + mm(8), org, rng, radius=mm(19))
    hand(s, s.width - mm(80), y + mm(22), f"{day.year}年{day.month}月{day.day}日", rng, size=40, ink=ink)


def _filler(c: CaseCtx) -> str:
    return c.agent


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    found = {"grain": f"存款：{c.extra.get('r_bank', '')}，账号{c.extra.get('r_acct', '')}（对方付款用过此账户）",
             "wage": f"{c.extra.get('site', '')}工程尚有工程款未结，发包方为四平某房地产开发公司",
             "car": f"抵押车辆{c.extra.get('car', '')}，号牌{c.extra.get('plate', '')}，平时停在双辽市家中楼下"}[_tale(c)]
    cells = [("被执行人", r.name), ("证件号码", r.id_number), ("住址/经营地", r.address), ("联系电话", r.phone),
             ("银行存款", found if _tale(c) == "grain" else "不详"), ("车辆", found if _tale(c) == "car" else "不详"),
             ("不动产", "不详"), ("其他财产线索", found if _tale(c) == "wage" else "无"), ("提供人", _filler(c))]
    hs = [mm(15), mm(15), mm(20), mm(15), mm(26), mm(26), mm(15), mm(26), mm(15)]
    s, y = _window_form("被执行人财产线索提供表", cells, rng, heights=hs,
                        note="提供人承诺以上线索真实，如提供虚假线索，愿承担相应法律责任。")
    _sign_form(s, c, rng, y + mm(4), _filler(c), c.day(0))
    return [s]


def _account(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    cells = [("案号", c.number), ("申请执行人", a.name), ("收款户名", a.name),
             ("收款账号", c.extra["in_acct"]), ("开户银行", c.extra["in_bank"]), ("联系人及电话", f"{c.agent} {c.agent_phone}")]
    s, y = _window_form("执行案款收取账户确认书", cells, rng,
                        note="本人（单位）确认以上账户为接收本案执行款的账户。因账户信息填写错误、账户被冻结或注销等原因造成执行款"
                             "不能及时发放的，由本人（单位）承担相应责任。账户变更的，应及时书面告知执行法院。")
    _sign_form(s, c, rng, y + mm(6), a.legal_rep or a.name, c.day(0), org=a.name if a.kind == "organisation" else "")
    return [s]


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    cells = [("当事人", a.name), ("送达地址", a.address), ("收件人", c.agent), ("联系电话", c.agent_phone),
             ("邮政编码", "136000"), ("是否同意电子送达", "同意"), ("电子送达号码", c.agent_phone)]
    s, y = _window_form("送达地址确认书", cells, rng, heights=[mm(15), mm(22), mm(15), mm(15), mm(15), mm(15), mm(15)],
                        note="告知事项：一、当事人应如实提供确切的送达地址；二、确认的送达地址适用于执行程序；三、因送达地址不准确、"
                             "变更未及时告知法院，导致文书未能被实际接收的，文书退回之日视为送达之日。")
    _sign_form(s, c, rng, y + mm(6), c.agent, c.day(0))
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """财产申报表 filled by the respondent (or its manager) in black ballpoint."""
    r = c.respondent
    money_line = {"grain": f"{c.extra.get('r_bank', '')}基本户一个，余额约{c.extra.get('frozen', 0)}元",
                  "wage": "公司账户已无余额", "car": f"工资卡一张，余额约{rng.randint(200, 900)}元"}[_tale(c)]
    cells = [("被执行人", r.name), ("证件号码", r.id_number), ("银行存款", money_line),
             ("车辆", f"{c.extra.get('car', '')}一辆（已被扣押）" if _tale(c) == "car" else "无"),
             ("不动产", "无" if _tale(c) != "grain" else "厂房系租赁"), ("股权/投资", "无"),
             ("收入情况", "饲料销售收入，现停产" if _tale(c) == "grain" else ("无" if _tale(c) == "wage" else "打零工月收入约三千元")),
             ("其他需要说明", "资金紧张，愿与申请人协商分期" if _tale(c) != "wage" else "公司已无业务")]
    hs = [mm(15), mm(15), mm(24), mm(20), mm(18), mm(15), mm(22), mm(26)]
    s, y = _window_form("财产申报表", cells, rng, heights=hs, ink=BLACK_PEN,
                        note="被执行人保证以上申报内容真实、完整。如有隐瞒、虚假申报，愿承担法律责任。")
    who = r.legal_rep or r.name
    _sign_form(s, c, rng, y + mm(6), who, c.day(15), org=r.name if r.kind == "organisation" else "", ink=BLACK_PEN)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if _tale(c) == "car":
        return _hand_settlement(c, rng)
    rest = c.amount - c.extra.get("frozen", Decimal(0))
    blocks: list[Block] = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
                           ("p", f"甲乙双方就{c.number}执行一案，经四平市铁西区人民法院执行局主持，自愿达成如下和解协议："),
                           ("p", f"一、法院已扣划乙方存款{c.extra.get('frozen', 0):,.2f}元，发放给甲方。"),
                           ("p", f"二、余款{rest:,.2f}元，乙方于{num_date(c.day(45))}前一次性汇入甲方指定账户。"),
                           ("p", "三、乙方按期付清的，甲方放弃迟延履行期间的加倍利息及逾期付款利息；乙方逾期未付的，甲方有权申请"
                                 "恢复执行原判决全部内容。"),
                           ("p", "四、本协议一式三份，甲乙双方各执一份，交法院附卷一份。")]
    sheets, y = _firm_pages(c, "执行和解协议", blocks, rng)
    s = sheets[-1]
    y += 80
    f = font("song_gb", 40)
    s.text(mm(26), y, "甲方（盖章）：", f)
    seal(s, mm(100), y + 20, a.name, rng, radius=mm(19))
    s.text(mm(26), y + 140, "代理人：", f)
    signature(s, mm(70), y + 120, c.agent, rng, ink=BLACK_PEN)
    s.text(s.width / 2 + mm(10), y, "乙方（盖章）：", f)
    seal(s, s.width / 2 + mm(84), y + 20, r.name, rng, radius=mm(19))
    s.text(s.width / 2 + mm(10), y + 140, "法定代表人：", f)
    signature(s, s.width / 2 + mm(66), y + 120, r.legal_rep, rng, ink=BLACK_PEN)
    s.right(s.width - mm(30), y + 260, num_date(c.day(31)), f)
    return sheets


def _hand_settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Written out by hand on the bureau's lined paper during the talk, both sides sign and press their prints."""
    s = Sheet()
    for k in range(24):
        yy = mm(40) + k * mm(10)
        s.line(mm(18), yy, s.width - mm(18), yy, width=1, fill=(170, 190, 220))
    hand(s, s.width / 2 - mm(30), mm(22), "执行和解协议", rng, size=60, ink=BLACK_PEN)
    lines = [f"申请执行人：{c.applicant.name}", f"被执行人：{c.respondent.name}，身份证{c.respondent.id_number}",
             f"关于{c.number}一案，双方自愿和解如下：",
             f"一、被执行人于{c.day(50).month}月{c.day(50).day}日前一次性还清借款本息共计{c.amount:,.2f}元，",
             "打入法院执行款账户。", "二、还清后，法院解除车辆扣押，申请人办理解除抵押。",
             "三、到期不还的，申请人申请拍卖车辆，被执行人无异议。", "以上双方同意。"]
    y = mm(40) - mm(8)
    for line in lines:
        for k, part in enumerate(wrap(line, font("kai", 48), s.width - mm(56))):  # to the paper's edge, then on
            hand(s, mm(22) + (mm(8) if k else 0), y, part, rng, size=48, ink=BLACK_PEN)
            y += mm(10)
    y += mm(14)
    s.text(mm(22), y, "申请执行人代理人：", font("sans", 38), record=True)
    signature(s, mm(90), y - mm(3), c.agent, rng, ink=BLACK_PEN)
    s.text(mm(22), y + mm(14), "被执行人：", font("sans", 38))
    signature(s, mm(62), y + mm(11), c.respondent.name, rng, ink=BLACK_PEN)
    s.draw.ellipse((mm(110), y + mm(11), mm(120), y + mm(24)), fill=(200, 70, 70))
    d = c.day(31)
    hand(s, s.width - mm(80), y + mm(30), f"{d.year}.{d.month}.{d.day}", rng, size=46, ink=BLACK_PEN)
    return [s]


# ---------------------------------------------------------------- identity papers (photocopies and printouts)

def _identity(c: CaseCtx, rng: random.Random, respondent: bool) -> list[Sheet]:
    p = c.respondent if respondent else c.applicant
    if p.kind == "person" and respondent:
        return [_population(c, p, rng)]
    if p.kind == "person":
        return [_card_copy(p, rng)]
    if respondent:
        return [_gsxt(c, p, rng)]
    return [_licence(c, p, rng), _rep_letter(c, p, rng)]


def _card_copy(p: Party, rng: random.Random) -> Sheet:
    s = Sheet()
    grey = (95, 95, 95)
    w, h = mm(112), mm(70)
    x = mm(48) + rng.uniform(-mm(6), mm(6))
    for k in range(2):
        y = mm(34) + k * (h + mm(24))
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=(220, 220, 220), outline=grey, width=2)
        if k == 0:
            f = font("hei", 30)
            v = font("hei", 34)
            s.text(x + mm(6), y + mm(7), "姓名", f, fill=grey)
            s.text(x + mm(20), y + mm(6.5), p.name, v)
            s.text(x + mm(6), y + mm(17), "性别", f, fill=grey)
            s.text(x + mm(20), y + mm(16.5), f"{p.sex}　　民族　汉", v)
            born = p.born or date(1980, 1, 1)
            s.text(x + mm(6), y + mm(27), "出生", f, fill=grey)
            s.text(x + mm(20), y + mm(26.5), f"{born.year}　年　{born.month}　月　{born.day}　日", v)
            s.text(x + mm(6), y + mm(37), "住址", f, fill=grey)
            s.text(x + mm(20), y + mm(36.5), p.address[:13], v)
            s.text(x + mm(20), y + mm(43.5), p.address[13:], v)
            s.text(x + mm(6), y + h - mm(11), "公民身份号码", f, fill=grey)
            s.text(x + mm(36), y + h - mm(11.5), p.id_number, font("mono", 40))
            s.draw.rectangle((x + w - mm(34), y + mm(8), x + w - mm(7), y + mm(44)), fill=(150, 150, 150))
        else:
            s.centred(y + mm(12), "中华人民共和国", font("hei", 52), x0=x + mm(24), x1=x + w)
            s.centred(y + mm(26), "居民身份证", font("hei", 64), spacing=12, x0=x + mm(24), x1=x + w)
            s.text(x + mm(10), y + h - mm(21), f"签发机关　四平市公安局{rng.choice(['铁西', '铁东'])}分局", font("hei", 30))
            s.text(x + mm(10), y + h - mm(13), f"有效期限　20{rng.randint(14, 21)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期",
                   font("hei", 30))
    # the owner's own note across the copy, as 四平 windows ask
    hand(s, mm(40), mm(34) + 2 * h + mm(40), "此复印件仅供法院执行使用，再复印无效", rng, size=46, ink=BALLPOINT)
    signature(s, mm(120), mm(34) + 2 * h + mm(56), p.name, rng, ink=BALLPOINT)
    return s


def _population(c: CaseCtx, p: Party, rng: random.Random) -> Sheet:
    """常住人口登记卡 printout from the 派出所, requested by the bureau."""
    s = Sheet()
    station = f"双辽市公安局{rng.choice(['辽东', '郑家屯'])}派出所"
    s.centred(mm(26), "常住人口登记卡", font("sans_bold", 60), spacing=10)
    rows = [["姓名", p.name, "性别", p.sex], ["民族", "汉", "出生日期", num_date(p.born) if p.born else ""],
            ["公民身份号码", p.id_number], ["住址", p.address], ["户主姓名", p.name, "与户主关系", "户主"],
            ["文化程度", "高中", "婚姻状况", "已婚"], ["服务处所", "无"], ["何时何地迁来本址", "出生"],
            ["承办人", person_name(rng), "打印日期", f"{c.day(-5):%Y年%m月%d日}"]]
    x = mm(20)
    w = s.width - 2 * x
    table(s, x, mm(46), [mm(40), w / 2 - mm(40), mm(32), w / 2 - mm(32)], rows, font("sans", 34), row_h=mm(16), pad=10)
    y = mm(46) + mm(16) * len(rows) + mm(12)
    s.text(x, y, "（本信息仅供诉讼使用，律师持律师执业证及委托手续调取）", font("sans", 30))
    s.right(s.width - mm(30), y + mm(22), station, font("sans", 36))
    seal(s, s.width - mm(60), y + mm(22), station, rng, radius=mm(20), inner="户籍专用章")
    s.right(s.width - mm(30), y + mm(32), f"{c.day(-5):%Y年%m月%d日}", font("sans", 36))
    return s


def _gsxt(c: CaseCtx, p: Party, rng: random.Random) -> Sheet:
    """国家企业信用信息公示系统 printout (browser page, URL and time in the margins)."""
    s = Sheet()
    f = font("microhei", 30)
    s.text(mm(10), mm(8), f"{c.day(-3):%Y/%m/%d} 09:{rng.randint(10, 59)}", font("microhei", 24))
    s.centred(mm(8), "国家企业信用信息公示系统", font("microhei", 24))
    s.draw.rectangle((0, mm(16), s.width, mm(34)), fill=(205, 40, 45))
    s.text(mm(14), mm(19), "国家企业信用信息公示系统", font("microhei", 46), fill=(255, 255, 255))
    s.text(mm(14), mm(42), p.name, font("microhei", 48))
    s.draw.rounded_rectangle((mm(14), mm(52), mm(44), mm(59)), radius=10, outline=(40, 150, 80), width=3)
    s.text(mm(17), mm(53), "存续（在营、开业、在册）", font("microhei", 20), fill=(40, 150, 80))
    rows = [["统一社会信用代码", p.id_number, "企业名称", p.name], ["类型", "有限责任公司（自然人投资或控股）", "法定代表人", p.legal_rep],
            ["注册资本", f"{rng.choice([50, 100, 300, 500])}万元人民币", "成立日期", f"20{rng.randint(8, 18):02d}年0{rng.randint(1, 9)}月1{rng.randint(0, 9)}日"],
            ["登记机关", "四平市铁西区市场监督管理局" if "铁西" in p.address else "梨树县市场监督管理局", "核准日期", f"{c.filed_on.year - 1}年0{rng.randint(1, 9)}月0{rng.randint(1, 9)}日"],
            ["住所", p.address], ["经营范围", "饲料生产、销售；粮食收购。" if _tale(c) == "grain" else "建筑劳务分包；砌筑作业；抹灰作业。"]]
    x = mm(14)
    w = s.width - 2 * x
    table(s, x, mm(66), [mm(34), w / 2 - mm(34), mm(28), w / 2 - mm(28)], rows, f, row_h=[mm(14)] * 4 + [mm(14), mm(18)], pad=8,
          fill=(150, 150, 150))
    s.text(mm(10), s.height - mm(10), "https://www.gsxt.gov.cn/corp-query-entprise-info", font("microhei", 22))
    s.right(s.width - mm(10), s.height - mm(10), "1/1", font("microhei", 22))
    return s


def _licence(c: CaseCtx, p: Party, rng: random.Random) -> Sheet:
    """营业执照（副本）photocopy: grey print of the ornamented border, the QR square, the registry's seal, the company's
    own stamp “与原件一致”."""
    s = Sheet()
    grey = (110, 110, 110)
    for k, wd in enumerate([12, 3]):
        m = mm(14) + k * mm(6)
        s.box(m, m + mm(8), s.width - m, s.height - m - mm(30), width=wd, outline=grey)
    s.centred(mm(44), "营　业　执　照", font("serif_bold", 104), fill=(60, 60, 60))
    s.centred(mm(68), "（副　本）", font("serif", 44))
    s.text(mm(32), mm(82), f"统一社会信用代码　{p.id_number}", font("serif", 36))
    s.draw.rectangle((s.width - mm(62), mm(78), s.width - mm(32), mm(108)), fill=(90, 90, 90))
    branch = "分行" in p.name
    rows = [("名　　称", p.name), ("类　　型", "股份有限公司分公司（上市、国有控股）" if branch else "有限责任公司（自然人投资或控股）"),
            ("负 责 人" if branch else "法定代表人", p.legal_rep),
            ("经营范围", "经中国银行保险监督管理委员会批准的业务" if branch else "粮食收购、仓储、销售；玉米烘干服务。"),
            ("成立日期", f"20{rng.randint(2, 15):02d}年0{rng.randint(1, 9)}月{rng.randint(10, 28)}日"),
            ("营业场所" if branch else "住　　所", p.address)]
    y = float(mm(120))
    f = font("serif", 40)
    for key, v in rows:
        s.text(mm(34), y, key, f)
        s.text(mm(78), y, v[:22], f)
        if len(v) > 22:
            y += mm(9)
            s.text(mm(78), y, v[22:], f)
        y += mm(15)
    s.right(s.width - mm(40), s.height - mm(86), "登记机关", f)
    s.right(s.width - mm(40), s.height - mm(70), cn_date(c.filed_on - timedelta(days=rng.randint(300, 900))), f)
    seal(s, s.width - mm(64), s.height - mm(80), "四平市市场监督管理局", rng, radius=mm(20))
    seal(s, mm(70), s.height - mm(28), p.name, rng, radius=mm(18))
    hand(s, mm(96), s.height - mm(32), "与原件核对一致", rng, size=48, ink=BLACK_PEN)
    return s


def _rep_letter(c: CaseCtx, p: Party, rng: random.Random) -> Sheet:
    s = Sheet()
    s.starts_document = True
    branch = "分行" in p.name
    title = "负责人身份证明书" if branch else "法定代表人身份证明书"
    s.centred(mm(34), title, font("serif_bold", 66), spacing=8)
    f = font("serif", 44)
    text = (f"{p.legal_rep}在我单位任{'行长' if branch else '总经理'}职务，系我单位的{'负责人' if branch else '法定代表人'}。")
    y = flow(s, [("p", text), ("p", "特此证明。"),
                 ("f", "附：该代表人住址、电话："), ("f", f"{p.address}　{p.phone}")], f,
             x0=mm(28), width=s.width - mm(56), y=mm(70), line_height=88, indent=88)
    s.right(s.width - mm(34), y + mm(30), f"{p.name}（盖章）", f)
    s.right(s.width - mm(34), y + mm(46), cn_date(c.day(-6)), f)
    seal(s, s.width - mm(70), y + mm(34), p.name, rng, radius=mm(20))
    # the holder's ID card pasted on below, photocopied
    y0 = y + mm(70)
    s.draw.rounded_rectangle((mm(40), y0, mm(40) + mm(86), y0 + mm(54)), radius=mm(4), fill=(215, 215, 215),
                             outline=(100, 100, 100), width=2)
    s.text(mm(46), y0 + mm(8), f"姓名　{p.legal_rep}", font("hei", 32), fill=INK)
    s.text(mm(46), y0 + mm(40), "公民身份号码（略）", font("hei", 28), fill=(90, 90, 90))
    return s
