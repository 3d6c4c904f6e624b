"""The papers court_bt's dossiers receive, each in its author's style: the 州中院's and this court's civil judgments
and 调解书 (song, 第n页共m页), the 大理仲裁委员会's award (kai-like song, boxed title), a 大理 law firm's typed
papers (hei headings, sans body), the court's counter forms the parties fill in by hand, and the small papers —
ID card copies, 非税 receipts, bank 回单, a lawyer's licence page — that the parties lay on the kiosk's glass."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "settlement_agreement", "payment_voucher",
})
ZHOU = "云南省大理白族自治州中级人民法院"
COURT = "云南省大理市人民法院"
ARB = "大理仲裁委员会"


def small(w_mm: float, h_mm: float, paper: tuple[int, int, int] = (255, 255, 255)) -> Sheet:
    """A paper smaller than A4 (a slip, a card copy): the kiosk lays it alone on the A4 glass."""
    return Sheet(size=(mm(w_mm), mm(h_mm)), paper=paper)


def render_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return _PAPERS[code](c, rng, served)


def _typed(title_lines: list[tuple[str, str, int, float]], blocks: list[Block], rng: random.Random, *, role: str,
           size: int, x0: float, x1: float, sign: list[str], day: str, seal_name: str, footer: bool,
           boxed: bool = False, number: str = "") -> list[Sheet]:
    """A typed multi-page document: title lines (text, font role, px, spacing), body, signatures, date, seal."""
    f = font(role, size)
    sheets = [Sheet()]
    s = sheets[0]
    y = float(mm(26))
    for text, r, px, sp in title_lines:
        w = s.centred(y, text, font(r, px), spacing=sp)
        if boxed and text == title_lines[-1][0]:
            s.box((s.width - w) / 2 - mm(6), y - mm(3), (s.width + w) / 2 + mm(6), y + px + mm(3), width=3)
        y += px + mm(5)
    if number:
        s.right(x1, y, number, f)
        y += mm(11)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(mm(24))

    lh = size * 1.9
    y = flow(s, blocks, f, x0=x0, width=x1 - x0, y=y, line_height=lh, indent=size * 2, bottom=mm(266), more=more)
    s = sheets[-1]
    if y + lh * (len(sign) + 3) > mm(266):
        s, y = more()
    y += lh
    for line in sign:
        s.right(x1 - mm(8), y, line, f)
        y += lh
    s.right(x1 - mm(8), y, day, f)
    seal(s, x1 - mm(36), y - mm(6), seal_name, rng)
    if footer:
        for i, sh in enumerate(sheets):
            sh.page_of = (i + 1, len(sheets))
            sh.centred(mm(283), f"第 {i + 1} 页 共 {len(sheets)} 页", font(role, 32))
    elif len(sheets) > 1:
        for i, sh in enumerate(sheets):
            sh.page_of = (i + 1, len(sheets))
    return sheets


def _basis(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r, story = c.applicant, c.respondent, c.extra["story"]
    person = f"{a.name}，{a.sex}，{a.born.year if a.born else 1980}年出生，白族，住{a.address}，公民身份号码{a.id_number}。"
    org = f"{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。法定代表人：{r.legal_rep}，执行董事。"
    if story == "minsu" and "first" in served:
        blocks: list[Block] = [
            ("f", f"原告：{person}"), ("f", f"被告：{org}"),
            ("p", f"原告{a.name}与被告{r.name}装饰装修合同纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。"),
            ("p", f"原告诉称：双方约定由原告承接被告位于大理古城的民宿客房改造工程（含十二间客房、庭院及观景露台），"
                  f"工程已于上年五月竣工并交付使用，被告至今拖欠工程款{c.amount:,.2f}元。"),
            ("p", "被告辩称：部分客房卫生间渗水，工程存在质量问题，应扣减工程款。"),
            ("p", "本院认为，被告已实际使用案涉客房经营，未在合理期限内提出质量异议，其抗辩理由不能成立。依照《中华人民共和国"
                  "民法典》第五百七十七条、第七百九十九条的规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}工程款{c.amount:,.2f}元。"),
            ("p", "案件受理费减半收取，由被告负担。"),
        ]
        return _typed([(COURT, "ming", 60, 6.0), ("民 事 判 决 书", "ming", 80, 10.0)], blocks, rng, role="ming", size=44,
                      x0=mm(27), x1=mm(184), sign=[f"审判员  {c.extra.get('trial_judge', person_name(rng))}",
                                                  f"书记员  {person_name(rng)}"],
                      day=cn_date(c.basis_effective - timedelta(days=140)), seal_name=COURT, footer=True,
                      number=c.extra["first_number"])
    if story == "minsu":
        blocks = [
            ("f", f"上诉人（原审被告）：{org}"),
            ("f", f"委托诉讼代理人：{person_name(rng)}，云南滇西律师事务所律师。"),
            ("f", f"被上诉人（原审原告）：{person}"),
            ("p", f"上诉人{r.name}因与被上诉人{a.name}装饰装修合同纠纷一案，不服云南省大理市人民法院"
                  f"{c.extra['first_number']}民事判决，向本院提起上诉。本院依法组成合议庭审理了本案。本案现已审理终结。"),
            ("p", "上诉人上诉请求：撤销一审判决，改判扣减工程款十万元。事实和理由：客房卫生间防水施工不合格，"
                  "旺季无法正常接待游客，造成经营损失。"),
            ("p", "被上诉人答辩称：工程经上诉人验收后投入经营，渗水系上诉人自行改装淋浴房所致，请求驳回上诉。"),
            ("p", "本院二审查明的事实与一审一致。本院认为，上诉人在接收工程后即以民宿名义对外经营，其主张的质量问题"
                  "未能提交证据证明系被上诉人施工所致，应承担举证不能的不利后果。一审判决认定事实清楚，适用法律正确，"
                  "应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
            ("p", "驳回上诉，维持原判。"),
            ("p", "二审案件受理费由上诉人负担。"),
            ("p", "本判决为终审判决。"),
        ]
        return _typed([(ZHOU, "song_gb", 56, 2.0), ("民 事 判 决 书", "song_gb", 84, 14.0)], blocks, rng, role="song_gb",
                      size=45, x0=mm(30), x1=mm(180), sign=[f"审 判 长  {person_name(rng)}", f"审 判 员  {person_name(rng)}",
                                                           f"审 判 员  {person_name(rng)}", f"书 记 员  {person_name(rng)}"],
                      day=cn_date(c.basis_effective - timedelta(days=6)), seal_name=ZHOU, footer=True,
                      number=c.basis_number)
    if story == "crafts":
        half = (c.amount / 2).quantize(c.amount)
        blocks = [
            ("f", f"原告：{person}"), ("f", f"被告：{org}"),
            ("p", f"案由：{c.extra['cause']}"),
            ("p", f"原告{a.name}向被告供应周城扎染方巾、扎染布包及邓川乳扇，被告在古城门店销售，双方按月对账。"
                  f"截至起诉时被告尚欠货款{c.amount:,.2f}元未付。"),
            ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            ("p", f"一、被告{r.name}欠原告{a.name}货款{c.amount:,.2f}元，分两期支付：于{num_date(c.basis_effective + timedelta(days=20))}"
                  f"前支付{half:,.2f}元，余款于{num_date(c.basis_effective + timedelta(days=50))}前付清；"),
            ("p", "二、被告如有一期未按时足额支付，原告有权就全部未付款项申请强制执行；"),
            ("p", "三、原告退回被告尚未售出的扎染布包四十个，由被告于付款时一并清点；"),
            ("p", "四、案件受理费减半收取，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。"),
            ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
        ]
        return _typed([(COURT, "serif", 58, 4.0), ("民 事 调 解 书", "serif_bold", 82, 14.0)], blocks, rng, role="serif",
                      size=44, x0=mm(28), x1=mm(182), sign=[f"审判员  {person_name(rng)}", f"书记员  {person_name(rng)}"],
                      day=cn_date(c.basis_effective - timedelta(days=2)), seal_name=COURT, footer=True,
                      number=c.basis_number)
    blocks = [
        ("f", f"申请人：{person}"),
        ("f", f"被申请人：{org}"),
        ("p", f"大理仲裁委员会（以下简称本会）根据申请人与被申请人于{c.basis_effective.year - 2}年签订的《普洱茶购销合同》"
              "中的仲裁条款，受理了申请人提出的仲裁申请。本会依法组成仲裁庭，于指定日期开庭审理了本案。"),
        ("p", "申请人称：其向被申请人订购“苍山古树”普洱生茶饼一千二百提，已预付货款，被申请人仅交付三百提，"
              "且所交茶饼含水率超标、霉变，请求解除合同、返还预付款并支付违约金。"),
        ("p", "被申请人称：因春茶减产无法按期供货，同意退还部分货款，但违约金过高。"),
        ("p", "仲裁庭认为，被申请人未按约交货，构成根本违约，申请人有权解除合同并要求返还预付款。违约金经被申请人请求"
              "予以适当调整。据此，仲裁庭裁决如下："),
        ("p", "（一）解除申请人与被申请人签订的《普洱茶购销合同》；"),
        ("p", f"（二）被申请人返还申请人预付款及支付违约金共计{money(c.amount)}；"),
        ("p", "（三）本案仲裁费由被申请人承担。"),
        ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付完毕。本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    return _typed([(ARB, "kai_gb", 64, 16.0), ("裁  决  书", "song_gb", 80, 12.0)], blocks, rng, role="song_gb", size=44,
                  x0=mm(30), x1=mm(182), sign=[f"首席仲裁员  {person_name(rng)}", f"仲 裁 员  {person_name(rng)}",
                                               f"仲 裁 员  {person_name(rng)}", f"秘    书  {person_name(rng)}"],
                  day=cn_date(c.basis_effective), seal_name=ARB, footer=True, boxed=True, number=c.basis_number)


def _certificate(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if c.basis_kind == "arbitration":
        s = Sheet()
        s.centred(mm(34), ARB, font("kai_gb", 62), spacing=16)
        s.centred(mm(52), "裁决书生效证明", font("song_gb", 76), spacing=6)
        f = font("song_gb", 46)
        y = flow(s, [("f", f"{c.applicant.name}："),
                     ("p", f"本会{c.basis_number}裁决书已于{num_date(c.basis_effective)}作出，依照《中华人民共和国仲裁法》"
                           f"第九条、第五十七条的规定，该裁决书自作出之日起发生法律效力。申请人{c.applicant.name}与被申请人"
                           f"{c.respondent.name}均已签收。"),
                     ("p", "特此证明。")], f, x0=mm(30), width=mm(150), y=mm(80), line_height=mm(11), indent=mm(16))
        s.right(mm(170), y + mm(24), ARB, f)
        s.right(mm(170), y + mm(36), cn_date(c.basis_effective + timedelta(days=20)), f)
        seal(s, mm(140), y + mm(28), ARB, rng)
        return [s]
    s = Sheet()
    s.centred(mm(30), COURT, font("serif", 60), spacing=6)
    s.centred(mm(48), "生 效 证 明 书", font("serif_bold", 80), spacing=10)
    f = font("serif", 46)
    y = flow(s, [("p", f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，于"
                       f"{num_date(c.basis_effective - timedelta(days=2))}作出{c.basis_number}民事调解书，"
                       f"该调解书已于{num_date(c.basis_effective)}经双方当事人签收，发生法律效力。"),
                 ("p", "特此证明。")], f, x0=mm(28), width=mm(154), y=mm(78), line_height=mm(11), indent=mm(16))
    s.right(mm(172), y + mm(24), "大理市人民法院民事审判第一庭", f)
    s.right(mm(172), y + mm(36), cn_date(c.basis_effective + timedelta(days=30)), f)
    seal(s, mm(140), y + mm(28), COURT, rng)
    return [s]


def _firm_head(s: Sheet, c: CaseCtx, title: str) -> float:
    s.text(mm(22), mm(14), c.firm, font("hei", 50))
    s.text(mm(22), mm(24), f"地址：{c.extra['firm_addr']}  电话：0872-2{c.extra['lic'][-6:]}", font("sans", 28))
    s.line(mm(22), mm(31), mm(188), mm(31), width=4, fill=(150, 20, 30))
    s.centred(mm(40), title, font("hei", 74), spacing=10)
    return float(mm(58))


def _application(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = _firm_head(s, c, "强制执行申请书")
    a, r = c.applicant, c.respondent
    f = font("sans", 40)
    blocks: list[Block] = [
        ("f", f"申请执行人：{a.name}，{a.sex}，公民身份号码{a.id_number}，住{a.address}，电话{a.phone}。"),
        ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}，法定代表人{r.legal_rep}。"),
        ("f", "执行请求："),
        ("p", f"1．强制被执行人履行{c.basis_court}{c.basis_number}法律文书确定的给付义务，支付{money(c.amount)}；"),
        ("p", "2．强制被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3．对被执行人采取限制消费措施，并将其纳入失信被执行人名单；"),
        ("p", "4．执行费用由被执行人承担。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出的{c.basis_number}法律文书已于"
              f"{num_date(c.basis_effective)}发生法律效力，被执行人至今未履行。"
              + ("据申请执行人了解，被执行人经营的民宿客房主要通过微信、支付宝收款，请求依法冻结其网络支付商户账户资金。"
                 if c.extra["story"] == "minsu" else "") + "特向贵院申请强制执行。"),
        ("f", "此致"), ("f", COURT),
    ]
    y = flow(s, blocks, f, x0=mm(24), width=mm(162), y=y, line_height=mm(9.5), indent=mm(11))
    s.text(mm(110), y + mm(8), "申请执行人：", f)
    signature(s, mm(150), y + mm(5), a.name, rng)
    s.text(mm(110), y + mm(22), num_date(c.filed_on - timedelta(days=2)), f)
    return [s]


def _counter_form(c: CaseCtx, rng: random.Random, title: str, rows: list[list[str]], fills: list[str],
                  note: str, who: str) -> list[Sheet]:
    """The court's counter form (printed in hei/serif) filled in by hand with a ballpoint."""
    s = Sheet()
    s.centred(mm(22), COURT, font("serif", 48), spacing=4)
    s.centred(mm(34), title, font("hei", 70), spacing=6)
    s.right(mm(186), mm(50), f"案号：{c.number}", font("serif", 36))
    y0 = float(mm(58))
    h = mm(17)
    table(s, mm(22), y0, [mm(48), mm(116)], [[r[0], ""] for r in rows], font("serif", 38), row_h=h, centre_first=True)
    for k, text in enumerate(fills):
        size = 40 if len(text) < 22 else 32
        hand(s, mm(73), y0 + k * h + mm(4), text, rng, size=size, ink=(20, 30, 90))
    y = y0 + len(rows) * h + mm(8)
    y = flow(s, [("p", note)], font("serif", 34), x0=mm(22), width=mm(164), y=y, line_height=mm(7.5), indent=mm(9))
    s.text(mm(100), y + mm(10), "确认人（签名）：", font("serif", 40))
    hand(s, mm(150), y + mm(8), who, rng, size=50, ink=(20, 20, 30))
    hand(s, mm(120), y + mm(24), num_date(c.filed_on), rng, size=40, ink=(20, 20, 30))
    return [s]


def _address(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    return _counter_form(c, rng, "送达地址确认书", [["受送达人"], ["身份证号码"], ["送达地址"], ["邮政编码"], ["手机号码"],
                                                 ["是否同意电子送达"], ["电子送达方式"]],
                         [a.name, a.id_number, a.address, "671000", a.phone, "同意", f"手机短信 {a.phone}"],
                         "告知：受送达人应如实提供确认的送达地址，送达地址变更时应及时书面告知法院；因提供的地址不准确、"
                         "拒不提供送达地址或送达地址变更未及时告知，导致法律文书未能被实际接收的，文书退回之日视为送达之日。",
                         a.name)


def _account(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    return _counter_form(c, rng, "申请执行人收取案款确认书", [["申请执行人"], ["收款人姓名"], ["开户银行"], ["银行账号"],
                                                        ["联系电话"], ["备注"]],
                         [a.name, a.name, c.extra["pay_bank"], c.extra["pay_acct"], a.phone, "案款请转入本人账户"],
                         "本人确认上述收款账户真实有效，本案执行款项请汇入上述账户。因账户信息错误导致的损失由本人承担。",
                         a.name)


def _clue(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    story = c.extra["story"]
    clue = {"minsu": f"客栈前台微信收款码（商户号{c.extra['merchant']}）、支付宝收款码；客房在携程、美团上架",
            "crafts": "古城复兴路门店，收银用农商行POS机；仓库在下关泰安路",
            "tea": "开发区厂房内库存茶饼；公司名下货车一辆"}[story]
    return _counter_form(c, rng, "被执行人财产线索表", [["被执行人"], ["银行账户"], ["网络支付账户"], ["不动产"], ["车辆"],
                                                   ["其他财产线索"]],
                         [c.respondent.name[:12], "不清楚", clue[:24], "不清楚", "见上" if story == "tea" else "无",
                          clue[24:48] or "无"],
                         "申请执行人应如实提供被执行人财产线索，提供虚假线索的，依法承担相应责任。", c.applicant.name)


def _fee(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """A 云南省非税收入 receipt: a narrow green-ruled slip printed by the bank's terminal."""
    s = small(190, 100, (250, 252, 246))
    green = (40, 120, 70)
    s.centred(mm(5), "云南省非税收入统一票据（电子）", font("song_gb", 46), fill=green)
    f = font("mono", 28)
    s.text(mm(8), mm(16), f"票据代码：53010{rng.randint(100, 999)}    票据号码：{rng.randint(10**7, 10**8 - 1):08d}", f)
    s.text(mm(8), mm(22), f"交款人：{c.applicant.name}     开票日期：{c.filed_on:%Y-%m-%d}", f)
    rows = [["项目编码", "项目名称", "数量", "金额（元）"], ["103040101", "申请执行费", "1", f"{c.extra['fee']}.00"],
            ["", f"案号 {c.number}", "", ""], ["合计（大写）", money_caps(c.extra["fee"]), "", f"{c.extra['fee']}.00"]]
    table(s, mm(8), mm(28), [mm(34), mm(88), mm(18), mm(34)], rows, f, row_h=mm(11), fill=green)
    s.text(mm(8), mm(78), "执收单位：云南省大理市人民法院     收款人：" + person_name(rng), f)
    seal(s, mm(150), mm(82), "大理市人民法院", rng, radius=mm(11), inner="财务专用章")
    return [s]


def _id_copy(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if "respondent" in served:
        return _licence(c, rng)
    a = c.applicant
    s = small(96, 132)
    f = font("hei", 30)
    s.box(mm(6), mm(6), mm(91), mm(60), width=3, outline=(90, 90, 90))
    s.text(mm(10), mm(10), f"姓名 {a.name}", f)
    s.text(mm(10), mm(18), f"性别 {a.sex}   民族 白", f)
    b = a.born
    s.text(mm(10), mm(26), f"出生 {b.year if b else 1980}年{b.month if b else 1}月{b.day if b else 1}日", f)
    for k, part in enumerate([a.address[i:i + 11] for i in range(0, len(a.address), 11)][:3]):
        s.text(mm(10), mm(34 + 7 * k), ("住址 " if k == 0 else "     ") + part, f)
    s.text(mm(10), mm(53), f"公民身份号码 {a.id_number}", font("hei", 32))
    s.draw.rectangle((mm(66), mm(12), mm(87), mm(40)), fill=(200, 200, 200))
    s.box(mm(6), mm(66), mm(91), mm(120), width=3, outline=(90, 90, 90))
    s.centred(mm(76), "中华人民共和国", font("hei", 38), x0=mm(6), x1=mm(91))
    s.centred(mm(88), "居民身份证", font("hei", 50), x0=mm(6), x1=mm(91))
    s.text(mm(10), mm(104), "签发机关 大理市公安局", f)
    s.text(mm(10), mm(111), f"有效期限 {b.year + 30 if b else 2010}.03.15-长期", f)
    hand(s, mm(30), mm(123), "与原件一致", rng, size=34, ink=INK)
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    s.box(mm(12), mm(12), mm(198), mm(285), width=10, outline=(160, 110, 40))
    s.centred(mm(30), "营 业 执 照", font("song_gb", 100), spacing=30)
    s.centred(mm(52), "（副  本）", font("song_gb", 44))
    f = font("song_gb", 38)
    y = mm(74)
    for k, v in [("统一社会信用代码", r.id_number), ("名      称", r.name), ("类      型", "有限责任公司（自然人投资或控股）"),
                 ("法定代表人", r.legal_rep), ("经营范围", {"minsu": "住宿服务；餐饮服务；旅游咨询", "crafts":
                  "工艺美术品及民族特色食品销售", "tea": "茶叶种植、加工及销售"}[c.extra["story"]]),
                 ("注册资本", "壹佰万元整"), ("成立日期", f"{2014 + len(r.name) % 6}年0{3 + len(r.name) % 6}月12日"),
                 ("住      所", r.address)]:
        s.text(mm(28), y, k, f)
        for j, part in enumerate([v[i:i + 20] for i in range(0, len(v), 20)]):
            s.text(mm(75), y + j * mm(8), part, f)
        y += mm(15) if len(v) > 20 else mm(11)
    s.text(mm(110), mm(232), "登记机关", f)
    s.text(mm(110), mm(244), "大理市市场监督管理局", f)
    seal(s, mm(150), mm(240), "大理市市场监督管理局", rng)
    hand(s, mm(30), mm(262), "复印件与原件一致 " + r.legal_rep, rng, size=40, ink=INK)
    seal(s, mm(60), mm(258), r.name, rng, radius=mm(17))
    return [s]


def _poa(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(30), "授 权 委 托 书", font("hei", 76), spacing=12)
    f = font("sans", 40)
    a = c.applicant
    y = flow(s, [("f", f"委托人：{a.name}，公民身份号码{a.id_number}，住{a.address}。"),
                 ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
                 ("p", f"现委托上列受托人在我与{c.respondent.name}{c.extra['cause']}执行一案中，作为我的委托代理人。"),
                 ("p", "代理权限为特别授权：代为申请执行、提供财产线索、参加约谈、代为和解、代为签收法律文书、代为领取"
                       "执行款项（案款须转入委托人本人账户）、代为申请终结本次执行程序。"),
                 ("p", "委托期限：自签署之日起至本案执行终结止。")], f,
             x0=mm(25), width=mm(160), y=mm(56), line_height=mm(10), indent=mm(11))
    s.text(mm(108), y + mm(14), "委托人：", f)
    signature(s, mm(135), y + mm(11), a.name, rng)
    s.text(mm(108), y + mm(30), "受托人：", f)
    signature(s, mm(135), y + mm(27), c.agent, rng)
    s.text(mm(108), y + mm(46), num_date(c.filed_on - timedelta(days=3)), f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(26), c.firm, font("hei", 62), spacing=4, fill=(170, 20, 30))
    s.line(mm(22), mm(40), mm(188), mm(40), width=5, fill=(170, 20, 30))
    s.centred(mm(50), "律 师 事 务 所 函", font("serif_bold", 70), spacing=6)
    s.right(mm(186), mm(66), f"（{c.filed_on.year}）苍律执字第{rng.randint(10, 99)}号", font("serif", 38))
    f = font("serif", 44)
    y = flow(s, [("f", f"{COURT}："),
                 ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师作为其与{c.respondent.name}{c.extra['cause']}"
                       "执行一案的代理人。特此函告。"),
                 ("f", "附：授权委托书一份    律师执业证复印件一份"),
                 ("f", f"律师：{c.agent}  联系电话：{c.agent_phone}")], f,
             x0=mm(26), width=mm(158), y=mm(80), line_height=mm(10.5), indent=mm(15))
    s.right(mm(176), y + mm(20), c.firm, f)
    s.right(mm(176), y + mm(32), cn_date(c.filed_on - timedelta(days=2)), f)
    seal(s, mm(148), y + mm(26), c.firm, rng)
    return [s]


def _lawyer_licence(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = small(140, 100)
    s.box(mm(4), mm(4), mm(136), mm(96), width=3, outline=(100, 60, 40))
    s.centred(mm(8), "中华人民共和国律师执业证", font("serif_bold", 44), x0=mm(4), x1=mm(136))
    s.draw.rectangle((mm(10), mm(24), mm(38), mm(60)), fill=(190, 190, 195))
    f = font("serif", 30)
    for k, line in enumerate([f"执业机构  {c.firm}", "执业证类别  专职律师", f"执业证号  {c.extra['lic']}",
                              f"法律职业资格证号  A{c.filed_on.year - 9}53{rng.randint(100000, 999999)}",
                              f"持证人  {c.agent}    性别  {rng.choice('男女')}", "发证机关  云南省司法厅",
                              f"发证日期  {c.filed_on.year - 4}年03月10日"]):
        s.text(mm(44), mm(24 + 9 * k), line, f)
    seal(s, mm(112), mm(80), "云南省司法厅", rng, radius=mm(12))
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(28), "执行和解协议", font("sans_bold", 70), spacing=8)
    a, r = c.applicant, c.respondent
    half = (c.amount * 6 / 10).quantize(c.amount)
    f = font("sans", 40)
    y = flow(s, [("f", f"甲方（申请执行人）：{a.name}，身份证号{a.id_number}"),
                 ("f", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}"),
                 ("p", f"甲乙双方就{c.number}执行一案，在大理市人民法院执行法官主持下，经协商自愿达成如下和解协议："),
                 ("p", f"一、乙方于{num_date(c.day(30))}前向法院案款专户支付{half:,.2f}元，于{num_date(c.day(55))}前支付余款"
                       f"{c.amount - half:,.2f}元，合计{c.amount:,.2f}元；"),
                 ("p", "二、乙方库存的扎染布包四十个由甲方收回，不再另行作价；"),
                 ("p", "三、乙方按期足额付清后，甲方放弃迟延履行期间的债务利息；"),
                 ("p", "四、乙方任何一期未按期足额支付，甲方可申请恢复执行原生效法律文书；"),
                 ("p", "五、本协议一式三份，双方各执一份，交法院附卷一份。")], f,
             x0=mm(24), width=mm(162), y=mm(50), line_height=mm(10), indent=mm(11))
    s.text(mm(24), y + mm(12), "甲方（签名）：", f)
    signature(s, mm(70), y + mm(9), a.name, rng)
    s.text(mm(108), y + mm(12), "乙方（盖章）：", f)
    seal(s, mm(160), y + mm(16), r.name, rng, radius=mm(17))
    hand(s, mm(145), y + mm(28), r.legal_rep, rng, size=48, ink=INK)
    s.text(mm(24), y + mm(44), f"见证人（执行员）：{c.officer}", f)
    s.text(mm(108), y + mm(44), num_date(c.day(21)), f)
    return [s]


def _voucher(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The bank's 网上银行电子回单 of the court's payment to the applicant, printed on half a sheet."""
    s = small(200, 96, (252, 250, 244))
    brown = (120, 60, 40)
    s.centred(mm(5), "中国建设银行 网上银行电子回单", font("hei", 44), fill=brown)
    f = font("sans", 30)
    rows = [["付款人", "大理市人民法院", "收款人", c.applicant.name],
            ["账号", c.extra["court_acct"], "账号", c.extra["pay_acct"]],
            ["开户行", "建行大理分行营业部", "开户行", c.extra["pay_bank"]],
            ["金额", f"¥{c.amount:,.2f}", "大写", money_caps(c.amount)],
            ["用途", f"{c.number}案款发放", "交易时间", f"{c.closed_on - timedelta(days=4):%Y-%m-%d} 10:42:17"]]
    table(s, mm(6), mm(17), [mm(22), mm(70), mm(24), mm(72)], rows, f, row_h=mm(11), fill=brown)
    s.text(mm(6), mm(76), f"电子回单号码：{rng.randint(10**15, 10**16 - 1)}    打印次数：1", f)
    seal(s, mm(172), mm(80), "中国建设银行大理分行", rng, radius=mm(11), inner="电子回单专用章")
    return [s]


_PAPERS: dict[str, Callable[[CaseCtx, random.Random, list[str]], list[Sheet]]] = {
    "enforcement_application": _application, "enforcement_basis": _basis, "effectiveness_certificate": _certificate,
    "property_clue_form": _clue, "fee_receipt": _fee, "identity_proof": _id_copy, "power_of_attorney": _poa,
    "law_firm_letter": _firm_letter, "lawyer_license": _lawyer_licence, "payment_account_confirmation": _account,
    "service_address_confirmation": _address, "settlement_agreement": _settlement, "payment_voucher": _voucher,
}
