"""court_bn (江苏省无锡市梁溪区人民法院, held out): the old-town court of 无锡 — 南长街, 清名桥, the 纺织/印染 trade
and its logistics. The bureau's own papers are set flat in its house style; most papers reach it or go out by 司法专邮
(EMS): a 送达回证 comes back with its EMS waybill (面单) scanned behind it, or with the returned envelope stamped 退回
when the addressee refused it. Papers from banks, firms, the arbitration commission and the parties keep their
authors' styles."""

from __future__ import annotations

import random
import zlib
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    credit_code,
    id_number,
    money,
    num_date,
    person_name,
)
from dossier.corpus.draw import RED, Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import Font, font

COURT = "江苏省无锡市梁溪区人民法院"
MID = "江苏省无锡市中级人民法院"
ARB = "无锡仲裁委员会"
DYE_SEQ, FREIGHT_SEQ, LEASE_SEQ = 39118, 39264, 39427
LAW = "《中华人民共和国民事诉讼法》"
L, R = mm(28), mm(182)

CODES: frozenset[str] = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "acceptance_notice", "payment_notice", "enforcement_notice",
    "property_report_order", "property_declaration_form", "online_inquiry_result", "enforcement_ruling",
    "assistance_notice", "settlement_agreement", "payment_voucher", "closing_notice", "closing_approval_form",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})

TITLES = {
    "acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书",
    "assistance_notice": "协助执行通知书", "effectiveness_certificate": "生效证明书",
}


def _org(rng: random.Random, name: str, street: str) -> Party:
    return Party(name, "organisation", credit_code(rng, "320213"), f"江苏省无锡市梁溪区{street}{rng.randint(3, 288)}号",
                 f"0510-8{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """梁溪 parties. DYE_SEQ: a 印染 mill's 二审 judgment (无锡中院) against a garment company, paid through a
    settlement, archived; FREIGHT_SEQ: a logistics company's 无锡仲裁委 award against a yarn trader, frozen and paid;
    LEASE_SEQ: a 南长街 shop landlord's judgment for rent against a tea-house keeper, paid in instalments."""
    num = c.number
    c.firm = rng.choice(["江苏梁溪明德律师事务所", "江苏锡山同济律师事务所", "江苏运河衡正律师事务所"])
    c.extra["firm_addr"] = f"无锡市梁溪区{rng.choice(['人民中路', '中山路', '学前街'])}{rng.randint(100, 399)}号"
    c.extra["lic"] = f"1320220{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["bank"] = rng.choice(["江苏银行无锡分行", "无锡农村商业银行南长支行", "中国工商银行无锡崇安支行"])
    c.extra["acct"] = f"{rng.randint(10**15, 10**16 - 1)}"
    c.extra["resp_bank"] = rng.choice(["江苏银行无锡梁溪支行", "中国工商银行无锡中山路支行", "无锡农村商业银行扬名支行"])
    c.extra["resp_acct"] = f"{rng.randint(10**17, 10**18 - 1)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 50))
    c.extra["paid_on"] = c.day(rng.randint(38, 52))
    c.extra["ems"] = [f"11{rng.randint(10**10, 10**11 - 1)}" for _ in range(6)]
    if num.endswith(f"{DYE_SEQ}号"):
        c.extra["story"] = "dye"
        c.applicant = _org(rng, f"无锡{rng.choice(['锦华', '南泉', '惠丰'])}印染有限公司", "扬名街道金城西路")
        c.respondent = _org(rng, f"无锡{rng.choice(['雅绮', '蓝湾', '禾衣'])}服饰有限公司", "广益街道广石路")
        c.extra["cause"] = "买卖合同纠纷"
        c.basis_court = MID
        c.basis_number = f"（{c.filed_on.year - 1}）苏02民终{rng.randint(1000, 8999)}号"
        c.extra["first"] = f"（{c.filed_on.year - 2}）苏0213民初{rng.randint(3000, 12999)}号"
    elif num.endswith(f"{FREIGHT_SEQ}号"):
        c.extra["story"] = "freight"
        c.applicant = _org(rng, f"无锡{rng.choice(['通运', '运河', '锡港'])}物流有限公司", "金星街道通扬路")
        c.respondent = _org(rng, f"无锡{rng.choice(['鼎纱', '丰棉', '银纺'])}纺织品贸易有限公司", "清名桥街道南长街")
        c.extra["cause"] = "运输合同纠纷"
        c.basis_court = ARB
        c.basis_number = f"（{c.filed_on.year - 1}）锡仲裁字第{rng.randint(200, 1499)}号"
    else:
        c.extra["story"] = "lease"
        born = date(rng.randint(1958, 1975), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "320211", born),
                            f"江苏省无锡市梁溪区南长街{rng.randint(10, 600)}号", f"13{rng.randint(10**8, 10**9 - 1)}",
                            born=born, sex="女")
        born2 = date(rng.randint(1978, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "320282", born2),
                             f"江苏省宜兴市丁蜀镇{rng.choice(['前墅', '蜀山'])}村{rng.randint(1, 99)}号",
                             f"15{rng.randint(10**8, 10**9 - 1)}", born=born2, sex="男")
        c.extra["cause"] = "房屋租赁合同纠纷"
        c.amount = Decimal(rng.randint(6000000, 18000000)) / 100
        c.extra["fee"] = Decimal(int(float(c.amount) * 0.01 + 50))
        c.basis_number = f"（{c.filed_on.year - 1}）苏0213民初{rng.randint(4000, 13999)}号"
        c.extra["shop"] = f"南长街{rng.randint(300, 700)}号"


# ---------------------------------------------------------------- shared pieces

def _song(n: int) -> Font:
    return font("song_gb", n)


def _body(c: CaseCtx) -> str:
    return f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}"


def _basis_name(c: CaseCtx) -> str:
    kind = "裁决书" if c.extra["story"] == "freight" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def _foot(sheets: list[Sheet], f: Font, fmt: str) -> None:
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        if n > 1:
            s.page_of = (i, n)
            s.centred(mm(282), fmt.format(i=i, n=n), f)


def _court(c: CaseCtx, rng: random.Random, code: str, blocks: list[Block], day: date,
           signers: list[tuple[str, str]] | None = None) -> list[Sheet]:
    """梁溪's own paper: the court's name in 黑体 over a spaced 宋体 title, number flush right, seal over the date."""
    s = Sheet()
    s.centred(mm(24), COURT, font("hei", 60), spacing=4)
    title = TITLES[code]
    s.centred(mm(40), title, font("serif_bold", 74), spacing=18)
    s.right(R, mm(58), c.number, _song(38))
    sheets: list[Sheet] = [s]

    def more() -> tuple[Sheet, float]:
        n = Sheet()
        sheets.append(n)
        return n, mm(26)
    y = flow(s, blocks, _song(41), x0=L, width=R - L, y=mm(70), line_height=mm(8.6), indent=82,
             bottom=mm(252), more=more)
    last = sheets[-1]
    if y > mm(225):
        last = Sheet()
        sheets.append(last)
        y = mm(40)
    y += mm(10)
    for role, name in signers or []:
        last.text(mm(118), y, f"{role}　{name}", _song(40))
        y += mm(9)
    last.right(R - mm(6), y + mm(4), cn_date(day), _song(40))
    seal(last, mm(150), y + mm(2), COURT, rng)
    _foot(sheets, _song(32), "第{i}页　共{n}页")
    return sheets


def _form(title: str, sub: str = "") -> tuple[Sheet, float]:
    s = Sheet()
    s.centred(mm(22), COURT, font("song_gb", 46))
    s.centred(mm(33), title, font("hei", 66), spacing=10)
    y = mm(47)
    if sub:
        s.right(R, y, sub, _song(34))
        y += mm(8)
    return s, y


# ---------------------------------------------------------------- render

def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    fn = _RENDER.get(code)
    if fn is not None:
        return fn(c, rng, served)
    return _own(code, c, rng)


def _own(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    what = f"{a.name}申请执行{r.name}{c.extra['cause']}一案"
    you = "你" if r.kind == "person" else "你单位"
    if code == "acceptance_notice":
        return _court(c, rng, code, [
            ("f", f"{a.name}："),
            ("p", f"你{'' if a.kind == 'person' else '单位'}提交的强制执行申请书及相关材料已收悉。经审查，{what}符合立案条件，"
                  f"本院于{cn_date(c.filed_on)}立案执行，案号{c.number}。"),
            ("p", f"本案承办人{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。可登录江苏法院诉讼服务网或拨打12368查询"
                  "执行进度。如发现被执行人财产线索，请以书面形式提交本院。"),
            ("p", "特此通知。"),
        ], c.filed_on)
    if code == "payment_notice":
        return _court(c, rng, code, [
            ("f", f"{a.name}："),
            ("p", f"{what}，依照《诉讼费用交纳办法》第十四条第一项的规定，申请执行费{c.extra['fee']}元，由你方预交，最终由被执行人"
                  "负担。请于七日内通过江苏省非税收入电子缴款系统缴纳，逾期不交的，按撤回执行申请处理。"),
        ], c.filed_on)
    if code == "enforcement_notice":
        return _court(c, rng, code, [
            ("f", f"{r.name}："),
            ("p", f"{a.name}依据{_basis_name(c)}向本院申请强制执行，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十二条、"
                  f"第二百六十四条的规定，责令{you}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、支付申请执行人{money(c.amount)}；二、加倍支付迟延履行期间的债务利息；三、负担申请执行费{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可将你纳入失信被执行人名单、限制高消费。"),
        ], c.day(2), [("执行员", c.officer)])
    if code == "property_report_order":
        return _court(c, rng, code, [
            ("f", f"{r.name}："),
            ("p", f"本院执行{what}，依照{LAW}第二百五十六条的规定，责令{you}在收到本令之日起五日内，填写《财产申报表》，如实报告"
                  "当前以及收到执行通知之日前一年的财产情况；财产情况发生变动的，应自变动之日起十日内补充报告。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], c.day(2), [("执行员", c.officer)])
    if code == "enforcement_ruling":
        what_to = (f"冻结、划拨被执行人{r.name}在{c.extra['resp_bank']}账户（账号{c.extra['resp_acct']}）内存款"
                   f"{money(c.amount)}")
        return _court(c, rng, code, [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"被执行人：{r.name}，{'住' if r.kind == 'person' else '住所地'}{r.address}。"),
            ("p", f"本院在执行{what}中，因被执行人未按执行通知书指定的期间履行义务，依照{LAW}第二百四十九条、第二百五十条、"
                  "第二百五十三条的规定，裁定如下："),
            ("p", f"{what_to}，以{money(c.amount)}及执行费为限。"),
            ("p", "本裁定立即执行。"),
        ], c.day(9), [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)])
    if code == "assistance_notice":
        return _court(c, rng, code, [
            ("f", f"{c.extra['resp_bank']}："),
            ("p", f"本院执行{what}，依照{LAW}第二百四十九条的规定，请协助执行下列事项："),
            ("p", f"冻结被执行人{r.name}在你行开立的账户{c.extra['resp_acct']}内存款，冻结金额{money(c.amount)}，冻结期限一年。"),
            ("f", f"附：{c.number}执行裁定书"),
            ("f", f"经办人：{c.officer}　{c.clerk}　电话{c.court.phone}"),
        ], c.day(9))
    if code == "closing_notice":
        return _court(c, rng, code, [
            ("f", f"{a.name}："),
            ("p", f"{what}，经本院执行，双方达成和解，被执行人已于{cn_date(c.extra['paid_on'])}履行完毕，执行款已转入你方指定账户。"
                  "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案执行完毕结案。"),
        ], c.closed_on)
    if code == "effectiveness_certificate" and c.extra["story"] == "freight":
        return _award_proof(c, rng)
    if code == "effectiveness_certificate":
        return _court(c, rng, code, [
            ("f", f"{a.name}："),
            ("p", f"本院{c.extra['first']}{_body(c)}一案，判决后{r.name}不服，提起上诉。{MID}于"
                  f"{cn_date(c.basis_effective - timedelta(days=9))}作出{c.basis_number}民事判决，驳回上诉，维持原判，该判决已于"
                  f"{cn_date(c.basis_effective)}送达当事人，发生法律效力。"),
            ("p", "特此证明。"),
        ], c.basis_effective + timedelta(days=12))
    raise NotImplementedError(code)


# ---------------------------------------------------------------- received papers

def _award_proof(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """无锡仲裁委's 生效证明: its secretariat's letter, kai title, a small table of service dates."""
    s = Sheet()
    s.centred(mm(26), ARB, font("kai", 64), spacing=12)
    s.line(L, mm(40), R, mm(40), width=5, fill=RED)
    s.centred(mm(50), "仲裁裁决书生效证明", font("serif_bold", 62))
    s.right(R, mm(66), f"锡仲证字〔{c.filed_on.year - 1}〕第{rng.randint(30, 400)}号", font("serif", 34))
    f = font("serif", 38)
    y = flow(s, [("f", f"{c.applicant.name}："),
                 ("p", f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}运输合同争议一案，已于"
                       f"{cn_date(c.basis_effective)}作出{c.basis_number}裁决书。该裁决书已依法送达双方当事人，自作出之日起"
                       "发生法律效力。"), ("p", "特此证明。")],
             f, x0=L, width=R - L, y=mm(80), line_height=mm(8.2), indent=76)
    w = R - L
    y = table(s, L, y + mm(6), [w * .5, w * .5], [["受送达人", "送达日期"],
                                                   [c.applicant.name, num_date(c.basis_effective + timedelta(days=2))],
                                                   [c.respondent.name, num_date(c.basis_effective + timedelta(days=3))]],
              font("serif", 32), row_h=mm(10))
    s.right(R - mm(8), y + mm(22), cn_date(c.basis_effective + timedelta(days=30)), f)
    seal(s, mm(150), y + mm(20), ARB, rng)
    return [s]


def _basis(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r, st = c.applicant, c.respondent, c.extra["story"]
    first = Sheet()
    if st == "freight":
        first.centred(mm(26), ARB, font("kai", 70), spacing=14)
        first.box(mm(72), mm(42), mm(138), mm(60), width=3)
        first.centred(mm(45), "裁　决　书", font("serif_bold", 68))
        first.right(R, mm(66), c.basis_number, font("serif", 36))
        blocks: list[Block] = [
            ("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
            ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", "本会根据申请人与被申请人签订的《公路货物运输合同》中的仲裁条款，以及申请人提交的仲裁申请，受理了双方"
                  "之间的运输合同争议案。本案适用《无锡仲裁委员会仲裁规则》，由独任仲裁员审理，依法开庭审理。"),
            ("p", "申请人称：申请人为被申请人承运纱线、坯布至绍兴柯桥、南通叠石桥等地，双方按月对账结算，被申请人尚欠运费未付。"),
            ("p", "被申请人辩称：部分货物交付迟延，运费应予扣减。"),
            ("p", "仲裁庭认为：双方运输合同合法有效，对账单经被申请人盖章确认，被申请人关于迟延的主张未提交证据，不予采信。"),
            ("p", "裁决如下："),
            ("p", f"一、被申请人{r.name}向申请人支付运费{money(c.amount)}；"),
            ("p", "二、本案仲裁费由被申请人承担。上述款项于本裁决书送达之日起十日内付清。"),
            ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
        ]
        f, lh = font("serif", 40), mm(8.2)
    else:
        first.centred(mm(24), c.basis_court, font("serif", 50), spacing=3)
        first.centred(mm(38), "民　事　判　决　书", font("serif_bold", 72))
        first.right(R, mm(54), c.basis_number, font("serif", 38))
        if st == "dye":
            blocks = [
                ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司总经理。"),
                ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
                ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服{COURT}{c.extra['first']}民事判决，向本院提起上诉。"
                      "本院立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
                ("p", "上诉人上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：被上诉人交付的染色面料色牢度不合格。"),
                ("p", "被上诉人辩称：面料经上诉人验收入库并已裁剪成衣，质量异议期已过，一审判决正确，请求维持。"),
                ("p", "本院经审理查明的事实与一审查明的事实一致。本院认为，上诉人未在约定的检验期内提出质量异议，视为标的物质量符合"
                      "约定，其上诉理由不能成立。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项的规定，判决如下："),
                ("p", "驳回上诉，维持原判。"),
                ("p", f"一审判决：{r.name}支付{a.name}货款{money(c.amount)}及逾期付款利息。"),
                ("p", "二审案件受理费由上诉人负担。本判决为终审判决。"),
            ]
        else:
            blocks = [
                ("f", f"原告：{a.name}，{a.sex}，{a.born:%Y年%m月%d日}出生，汉族，住{a.address}。"),
                ("f", f"被告：{r.name}，{r.sex}，{r.born:%Y年%m月%d日}出生，汉族，住{r.address}。"),
                ("p", f"原告{a.name}与被告{r.name}房屋租赁合同纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。"),
                ("p", f"原告诉称：被告承租原告所有的梁溪区{c.extra['shop']}沿街商铺经营茶馆，自{c.filed_on.year - 2}年起拖欠租金，经催告仍未支付。"),
                ("p", "本院认为，当事人应当按照约定全面履行义务。被告拖欠租金，应承担支付责任。判决如下："),
                ("p", f"一、被告{r.name}于本判决生效之日起十日内支付原告{a.name}租金及占有使用费{money(c.amount)}；"),
                ("p", "二、驳回原告的其他诉讼请求。案件受理费减半收取，由被告负担。"),
            ]
        f, lh = font("serif", 40), mm(8.4)
    sheets: list[Sheet] = [first]

    def more() -> tuple[Sheet, float]:
        s = Sheet()
        sheets.append(s)
        return s, mm(25)
    y = flow(first, blocks, f, x0=L, width=R - L, y=mm(76), line_height=lh, indent=80, bottom=mm(262), more=more)
    last = sheets[-1]
    if y > mm(232):
        last = Sheet()
        sheets.append(last)
        last.text(L, mm(30), "（此页无正文）", f)
        y = mm(42)
    who = [("仲裁员", person_name(rng))] if st == "freight" else (
        [("审判长", person_name(rng)), ("审判员", person_name(rng)), ("审判员", person_name(rng))] if st == "dye"
        else [("审判员", person_name(rng))])
    y += mm(8)
    for role, name in [*who, ("书记员", person_name(rng))]:
        last.text(mm(122), y, f"{role}　　{name}", f)
        y += mm(9)
    day = c.basis_effective if st == "freight" else c.basis_effective - timedelta(days=10)
    last.text(mm(122), y, cn_date(day), f)
    seal(last, mm(150), y - mm(12), ARB if st == "freight" else c.basis_court, rng)
    _foot(sheets, font("serif", 30), "— {i} —" if st == "freight" else "第{i}页（共{n}页）")
    return sheets


def _firm_head(s: Sheet, c: CaseCtx) -> float:
    s.text(L, mm(18), c.firm, font("sans_bold", 48))
    s.text(L, mm(27), "JIANGSU LAW FIRM · 无锡", font("sans", 26), fill=(60, 70, 120))
    s.line(L, mm(33), R, mm(33), width=4, fill=(40, 60, 130))
    s.text(L, mm(35), f"地址：{c.extra['firm_addr']}　电话：0510-8{sum(map(ord, c.firm)) % 9000000 + 1000000}", font("sans", 26))
    return mm(48)


def _typed(s: Sheet, title: str, blocks: list[Block], y: float, f: Font) -> float:
    s.centred(y, title, font("sans_bold", 60), spacing=6)
    return flow(s, blocks, f, x0=L, width=R - L, y=y + mm(16), line_height=mm(8.4), indent=78)


def _application(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("microhei", 40)
    rep = f"法定代表人：{a.legal_rep}" if a.kind == "organisation" else f"公民身份号码：{a.id_number}"
    y = _typed(s, "强制执行申请书", [
        ("f", f"申请执行人：{a.name}"), ("f", f"住所：{a.address}"), ("f", rep),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
        ("f", f"被执行人：{r.name}"), ("f", f"住所：{r.address}"),
        ("f", "执行请求："),
        ("p", f"1. 请求强制被执行人支付{money(c.amount)}；"),
        ("p", "2. 请求强制被执行人加倍支付迟延履行期间的债务利息；3. 执行费由被执行人承担。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{_basis_name(c)}已发生法律效力，被执行人至今未履行。为此，依照"
              f"{LAW}第二百四十七条的规定，特向贵院申请强制执行。"),
        ("f", "此致"), ("f", COURT),
    ], mm(26), f)
    signature(s, mm(120), y + mm(8), a.legal_rep or a.name, rng)
    s.text(mm(100), y + mm(10), "申请执行人：", f)
    hand(s, mm(120), y + mm(24), num_date(c.filed_on - timedelta(days=3)), rng, size=40)
    if a.kind == "organisation":
        seal(s, mm(140), y + mm(14), a.name, rng)
    return [s]


def _identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    p = c.respondent if "respondent" in served else c.applicant
    s = Sheet()
    if p.kind == "person":
        s.text(L, mm(20), "居民身份证（复印件）", font("hei", 46))
        for k, (x0, y0) in enumerate([(mm(40), mm(40)), (mm(40), mm(110))]):
            s.box(x0, y0, x0 + mm(86), y0 + mm(54), width=2, outline=(90, 90, 90))
            if k == 0:
                s.text(x0 + 20, y0 + 30, f"姓名　{p.name}", font("hei", 32))
                s.text(x0 + 20, y0 + 80, f"性别　{p.sex}　民族　汉", font("hei", 30))
                s.text(x0 + 20, y0 + 130, f"住址　{p.address[:16]}", font("hei", 28))
                s.text(x0 + 20, y0 + 168, f"　　　{p.address[16:]}", font("hei", 28))
                s.text(x0 + 20, y0 + 330, f"公民身份号码　{p.id_number}", font("mono", 30))
            else:
                s.text(x0 + 90, y0 + 60, "中华人民共和国", font("hei", 40))
                s.text(x0 + 120, y0 + 130, "居民身份证", font("hei", 40))
                s.text(x0 + 20, y0 + 300, f"签发机关　{'宜兴市公安局' if p is c.respondent else '无锡市公安局梁溪分局'}",
                       font("hei", 26))
        hand(s, mm(60), mm(190), "与原件核对一致", rng, size=44)
        signature(s, mm(130), mm(200), c.agent, rng)
        return [s]
    s.box(mm(22), mm(22), mm(188), mm(270), width=8, outline=(150, 110, 40))
    s.box(mm(27), mm(27), mm(183), mm(265), width=2, outline=(150, 110, 40))
    s.centred(mm(50), "营　业　执　照", font("serif_bold", 90), spacing=8)
    s.centred(mm(70), "（副　本）", font("serif", 40))
    s.text(mm(36), mm(86), f"统一社会信用代码　{p.id_number}", font("hei", 34))
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", _SCOPE[next(k for k in _SCOPE if k in p.name)]),
            ("注册资本", f"{rng.choice([300, 500, 1000, 2000])}万元整"), ("住　　所", p.address)]
    y = mm(104)
    for key, v in rows:
        s.text(mm(40), y, key, font("hei", 34))
        flow(s, [("f", v)], font("song_gb", 34), x0=mm(80), width=mm(95), y=y, line_height=mm(6.5), indent=0)
        y += mm(16)
    s.text(mm(110), mm(232), "登记机关", font("hei", 34))
    s.text(mm(104), mm(246), "无锡市梁溪区市场监督管理局", font("song_gb", 32))
    seal(s, mm(150), mm(238), "无锡市梁溪区市场监督管理局", rng)
    hand(s, mm(40), mm(250), "复印件与原件一致", rng, size=40, ink=(160, 20, 30))
    return [s]


_SCOPE = {
    "印染": "纺织品印染、后整理加工；面料、针纺织品销售",
    "服饰": "服装、服饰的设计、加工及销售；针纺织品零售",
    "物流": "道路货物运输（不含危险货物）；仓储服务；国内货物运输代理",
    "纺织品": "纺织原料、纱线、坯布的销售；货物及技术进出口",
}


def _table_form(title: str, head: str, rows: list[list[str]], fills: list[tuple[int, str]], c: CaseCtx,
                rng: random.Random, *, author: str = "", sign: str = "") -> list[Sheet]:
    s = Sheet()
    f = font("song_gb", 36)
    if author:
        s.centred(mm(20), author, font("song_gb", 42))
    s.centred(mm(30), title, font("hei", 64), spacing=8)
    if head:
        s.text(L, mm(46), head, f)
    w = R - L
    y0 = mm(54)
    rh = mm(15)
    table(s, L, y0, [w * 0.28, w * 0.72], rows, f, row_h=rh)
    for row, text in fills:
        for k, part in enumerate([text[i:i + 22] for i in range(0, len(text), 22)][:2]):
            hand(s, L + w * 0.3, y0 + row * rh + 12 + k * mm(6), part, rng, size=36)
    y = y0 + len(rows) * rh + mm(14)
    if sign:
        s.text(mm(100), y, "签名（盖章）：", f)
        signature(s, mm(140), y - 10, sign, rng)
        hand(s, mm(130), y + mm(12), num_date(c.filed_on - timedelta(days=2)), rng, size=36)
    return [s]


def _clue(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    rows = [["被执行人", ""], ["银行账户", ""], ["不动产", ""], ["车辆", ""], ["股权/债权", ""], ["其他线索", ""],
            ["提供人", ""]]
    fills = [(0, c.respondent.name), (1, f"{c.extra['resp_bank']} {c.extra['resp_acct']}"), (2, "不详"), (3, "不详"),
             (4, "不详"), (5, "被执行人尚在经营，店面照常营业"), (6, c.agent)]
    return _table_form("财产线索提供表", f"案号：{c.number}", rows, fills, c, rng, author=COURT, sign=c.agent)


def _declare(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    rows = [["申报人", ""], ["证件号码", ""], ["银行存款", ""], ["房产/土地", ""], ["车辆", ""], ["收入/应收款", ""],
            ["对外投资", ""], ["一年内财产变动", ""]]
    fills = [(0, r.name), (1, r.id_number), (2, f"{c.extra['resp_bank']}约{int(c.amount * Decimal('0.6'))}元"),
             (3, "无"), (4, "无" if r.kind == "organisation" else "电动车一辆"), (5, "客户欠款若干，正在催收"), (6, "无"),
             (7, "无")]
    return _table_form("被执行人财产申报表", f"{c.number}", rows, fills, c, rng, author=COURT,
                       sign=r.legal_rep or r.name)


def _account(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    rows = [["案号", ""], ["收款人（户名）", ""], ["开户银行", ""], ["账号", ""], ["联系电话", ""]]
    fills = [(0, c.number), (1, a.name), (2, c.extra["bank"]), (3, c.extra["acct"]), (4, a.phone)]
    out = _table_form("执行款收款账户确认书", "本人（单位）确认以下账户为接收执行款的唯一账户，因账户信息错误产生的后果自负。",
                      rows, fills, c, rng, author=COURT, sign=a.legal_rep or a.name)
    return out


def _address(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    rows = [["受送达人", ""], ["送达地址", ""], ["邮政编码", ""], ["收件人及电话", ""], ["是否同意电子送达", ""],
            ["告知事项", "送达地址变更应及时书面告知法院；按本地址邮寄被退回的，退回之日视为送达之日。"]]
    fills = [(0, a.name), (1, a.address), (2, "214000"), (3, f"{c.agent} {c.agent_phone}"), (4, "同意 短信/电子邮箱")]
    return _table_form("送达地址确认书", f"案号：{c.number}", rows, fills, c, rng, author=COURT,
                       sign=a.legal_rep or a.name)


def _fee(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(22), "江苏省非税收入一般缴款书（电子）", font("song_gb", 48))
    s.text(L, mm(36), f"票据代码：32060125　票据号码：{rng.randint(10**9, 10**10 - 1)}", font("mono", 30))
    s.text(L, mm(44), f"交款人：{c.applicant.name}　　开票日期：{num_date(c.filed_on)}", font("song_gb", 32))
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"],
            ["103040101", "执行申请费", "件", "1", "按标的额", f"{c.extra['fee']:.2f}"],
            ["合计（大写）", "", "", "", "", f"￥{c.extra['fee']:.2f}"]]
    w = R - L
    y = table(s, L, mm(52), [w * .18, w * .26, w * .1, w * .1, w * .14, w * .22], rows, font("song_gb", 30),
              row_h=mm(11))
    s.text(L, y + mm(6), f"执收单位：{COURT}　案号：{c.number}", font("song_gb", 30))
    seal(s, mm(150), y + mm(26), "江苏省财政厅票据监制章", rng)
    return [s]


def _poa(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    f = font("song_gb", 40)
    y = _typed(s, "授 权 委 托 书", [
        ("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['lic']}"),
        ("p", f"现委托上列受托人在委托人与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。"),
        ("p", "代理权限为特别授权：代为申请执行、提供财产线索、参与和解、代为签收法律文书、代为领取执行款。"),
    ], mm(30), f)
    s.text(mm(100), y + mm(14), "委托人：", f)
    signature(s, mm(125), y + mm(12), a.legal_rep or a.name, rng)
    if a.kind == "organisation":
        seal(s, mm(140), y + mm(18), a.name, rng)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = _firm_head(s, c)
    s.right(R, y, f"锡律所函〔{c.filed_on.year}〕第{rng.randint(10, 199)}号", font("sans", 32))
    f = font("song_gb", 40)
    y = _typed(s, "律 师 事 务 所 函", [
        ("f", f"{COURT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其申请执行{c.respondent.name}{c.extra['cause']}一案的"
              "代理人。特此函告。"),
        ("p", "附：授权委托书一份。"),
    ], y + mm(12), f)
    s.right(R, y + mm(20), cn_date(c.filed_on - timedelta(days=3)), f)
    seal(s, mm(150), y + mm(18), c.firm, rng)
    return [s]


def _license(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.box(mm(40), mm(40), mm(170), mm(130), width=3, outline=(120, 30, 30))
    s.centred(mm(50), "中华人民共和国律师执业证", font("serif_bold", 50))
    rows = [("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", c.extra["lic"]), ("持证人", c.agent),
            ("发证机关", "江苏省司法厅")]
    y = mm(68)
    for k, v in rows:
        s.text(mm(50), y, f"{k}：{v}", font("song_gb", 34))
        y += mm(11)
    s.text(L, mm(150), f"律师年度考核备案：{c.filed_on.year - 1}年度　称职", font("song_gb", 34))
    hand(s, mm(60), mm(170), "复印件与原件核对无误", rng, size=40)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.text(L, mm(16), "执行查控系统  网络查询结果（总对总）", font("mono", 40))
    s.text(L, mm(26), f"案号：{c.number}  被查询人：{c.respondent.name}  证照号：{c.respondent.id_number}", font("mono", 28))
    rows = [["协助单位", "查询结果", "反馈时间"],
            [c.extra["resp_bank"], f"账户{c.extra['resp_acct'][-6:]}余额{int(c.amount * Decimal('1.1'))}元", num_date(c.day(4))],
            ["无锡市不动产登记中心", "未查询到登记信息", num_date(c.day(5))],
            ["公安部交通管理局", "无登记车辆", num_date(c.day(4))],
            ["中国证券登记结算公司", "无证券账户", num_date(c.day(6))],
            ["江苏银行", "无账户", num_date(c.day(4))]]
    w = R - L
    table(s, L, mm(36), [w * .32, w * .46, w * .22], rows, font("mono", 28), row_h=mm(10))
    s.right(R, mm(280), f"打印：{c.clerk}  {num_date(c.day(7))}", font("mono", 26))
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("kai_gb", 42)
    y = _typed(s, "执行和解协议", [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
        ("p", f"就{c.number}执行一案，双方在{COURT}执行局主持下自愿达成和解："),
        ("p", f"一、乙方于{cn_date(c.extra['paid_on'])}前一次性支付甲方{money(c.amount)}，甲方放弃迟延履行利息；"),
        ("p", "二、款项付至法院执行款专户，乙方付清后甲方申请解除对乙方账户的冻结；"),
        ("p", "三、乙方未按期付款的，甲方可申请恢复执行原生效法律文书。"),
    ], mm(30), f)
    s.text(L, y + mm(14), "甲方：", f)
    signature(s, L + mm(18), y + mm(12), a.legal_rep or a.name, rng)
    s.text(mm(110), y + mm(14), "乙方：", f)
    signature(s, mm(128), y + mm(12), r.legal_rep or r.name, rng)
    s.text(L, y + mm(30), cn_date(c.extra["paid_on"] - timedelta(days=6)), f)
    return [s]


def _voucher(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    short = next(b for b in ("江苏银行", "中国工商银行", "无锡农商银行") if b[:2] in c.extra["resp_bank"])
    s.text(L, mm(18), f"{short}  客户回单（电子）", font("sans_bold", 46))
    rows = [["回单编号", f"{rng.randint(10**11, 10**12 - 1)}"], ["付款人", c.respondent.name],
            ["付款账号", c.extra["resp_acct"]], ["收款人", f"{COURT}（执行款专户）"],
            ["金额", f"{money(c.amount)}（{c.amount:.2f}）"], ["用途", f"{c.number}执行款"],
            ["交易日期", num_date(c.extra["paid_on"])]]
    w = R - L
    y = table(s, L, mm(32), [w * .3, w * .7], rows, font("sans", 32), row_h=mm(11))
    seal(s, mm(150), y + mm(14), f"{c.extra['resp_bank']}电子回单专用章", rng)
    return [s]


def _approval(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s, y = _form("执行案件结案审批表", c.number)
    w = R - L
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行标的", money(c.amount)],
            ["立案日期", num_date(c.filed_on)], ["结案方式", "执行完毕"], ["实际执行到位", money(c.amount)],
            ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    rh = mm(17)
    table(s, L, y, [w * .26, w * .74], rows, _song(36), row_h=rh)
    hand(s, L + w * .3, y + 6 * rh + 18, "款已付清，建议以执行完毕结案。", rng, size=38)
    signature(s, L + w * .75, y + 6 * rh + 10, c.officer, rng)
    hand(s, L + w * .3, y + 7 * rh + 18, "同意。", rng, size=40)
    signature(s, L + w * .75, y + 7 * rh + 10, c.judge, rng)
    hand(s, L + w * .3, y + 8 * rh + 18, f"同意结案　{num_date(c.closed_on)}", rng, size=40, ink=RED)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """A 送达回证 sent by EMS, its waybill scanned behind it; a refused letter's envelope comes back stamped 退回."""
    names = "、".join(f"{c.number}{TITLES.get(x, x)}" for x in served)
    to = c.applicant if served == ["acceptance_notice"] or served == ["closing_notice"] else c.respondent
    refused = to is c.respondent and c.extra["story"] == "lease" and "enforcement_notice" in served
    k = zlib.crc32(''.join(served).encode()) % 6
    ems = c.extra["ems"][k]
    day = {"acceptance_notice": c.filed_on, "closing_notice": c.closed_on}.get(served[0], c.day(3))
    s, y = _form("送　达　回　证")
    w = R - L
    rows = [["案　　由", c.extra["cause"]], ["案　　号", c.number], ["送达文书名称及件数", names],
            ["受送达人", to.name], ["送达地址", to.address], ["送达方式", "邮寄送达（司法专邮EMS）"],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["备　　注", ""]]
    rh = mm(19)
    table(s, L, y, [w * .3, w * .7], rows, _song(34), row_h=rh)
    if refused:
        hand(s, L + w * .32, y + 8 * rh + 10, f"邮件被拒收退回，{ems}", rng, size=34)
        hand(s, L + w * .32, y + 8 * rh + 60, "按诉讼确认地址视为送达", rng, size=34)
    else:
        signature(s, L + w * .4, y + 6 * rh + 20, to.legal_rep or to.name, rng)
        hand(s, L + w * .32, y + 8 * rh + 20, f"EMS {ems}　{num_date(day + timedelta(days=2))}签收", rng, size=34)
    s.text(L, y + len(rows) * rh + mm(8), f"送达人：{c.clerk}　　签发人：{c.officer}", _song(34))
    seal(s, mm(150), y + len(rows) * rh + mm(20), COURT, rng)
    s.right(R, y + len(rows) * rh + mm(30), cn_date(day), _song(34))
    back = Sheet()
    back.text(L, mm(20), "中国邮政 EMS", font("sans_bold", 56), fill=(0, 100, 60))
    back.text(mm(110), mm(22), "法院专递 · 司法专邮", font("hei", 42), fill=(0, 100, 60))
    back.text(L, mm(36), f"邮件号：{ems}", font("mono", 44))
    rows2 = [["寄件人", f"{COURT}　执行局"], ["寄件地址", c.court.address], ["收件人", to.name],
             ["收件地址", to.address], ["内件", names[:30]], ["收件人签名", ""], ["投递日期", ""]]
    yy = table(back, L, mm(48), [w * .26, w * .74], rows2, font("sans", 30), row_h=mm(13))
    if refused:
        back.box(mm(90), yy + mm(8), mm(175), yy + mm(46), width=6, outline=RED)
        back.centred(yy + mm(12), "退　回", font("hei", 70), fill=RED, x0=mm(90), x1=mm(175))
        back.centred(yy + mm(30), "退回原因：拒收（√）　查无此人（ ）", font("hei", 28), fill=RED, x0=mm(90), x1=mm(175))
        hand(back, L, yy + mm(20), f"退回日期 {num_date(day + timedelta(days=5))}", rng, size=36)
    else:
        signature(back, L + w * .3, mm(48) + 5 * mm(13) + 8, to.legal_rep or to.name, rng)
        hand(back, L + w * .3, mm(48) + 6 * mm(13) + 10, num_date(day + timedelta(days=2)), rng, size=34)
    return [s, back]


def _cover(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(30), COURT, font("serif_bold", 58), spacing=6)
    s.centred(mm(60), "执　行　卷　宗", font("serif_bold", 110))
    w = R - L
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["承办人", c.officer], ["立案日期", num_date(c.filed_on)],
            ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"], ["保管期限", "长期"]]
    table(s, mm(40), mm(100), [w * .3, w * .6], rows, _song(40), row_h=mm(14))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s, y = _form("卷 内 文 件 目 录", c.number)
    items = ["强制执行申请书", "民事判决书", "生效证明书", "财产线索提供表", "缴款书", "营业执照", "授权委托书", "律师事务所函",
             "律师执业证", "收款账户确认书", "送达地址确认书", "受理案件通知书", "交纳执行费通知书", "执行通知书", "报告财产令",
             "财产申报表", "网络查询结果", "执行裁定书", "协助执行通知书", "执行和解协议", "电子回单", "结案通知书",
             "结案审批表", "送达回证"]
    rows = [["序号", "文件名称", "页号"]] + [[str(i), t, ""] for i, t in enumerate(items, 1)]
    w = R - L
    table(s, L, y, [w * .12, w * .68, w * .2], rows, _song(30), row_h=mm(8.6))
    page = 1
    for i in range(len(items)):
        hand(s, L + w * .85, y + (i + 1) * mm(8.6) + 4, str(page), rng, size=30, record=False)
        page += rng.choice([1, 1, 2, 3])
    return [s]


def _review(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s, y = _form("执行卷宗归档复核表", c.number)
    w = R - L
    rows = [["文书齐全", "是"], ["送达回证齐全（含邮寄凭证）", "是"], ["页码、目录相符", "是"], ["装订规范", "是"],
            ["复核意见", ""], ["复核人 / 日期", ""]]
    table(s, L, y, [w * .6, w * .4], rows, _song(36), row_h=mm(16))
    hand(s, L + w * .62, y + 4 * mm(16) + 14, "可以归档", rng, size=40)
    signature(s, L + w * .62, y + 5 * mm(16) + 6, c.officer, rng)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s, y = _form("卷 内 备 考 表")
    s.box(L, y, R, mm(260), width=3)
    s.text(L + 30, y + 40, f"本卷情况说明：{c.number}，邮寄送达凭证附于各送达回证之后。", _song(34))
    s.text(L + 30, y + 140, "立卷人：", _song(36))
    signature(s, L + 190, y + 130, c.clerk, rng)
    s.text(L + 30, y + 240, "检查人：", _song(36))
    signature(s, L + 190, y + 230, c.officer, rng)
    s.text(L + 30, y + 340, f"立卷时间：{cn_date(c.closed_on + timedelta(days=8))}", _song(36))
    return [s]


_RENDER = {
    "enforcement_basis": _basis, "enforcement_application": _application, "identity_proof": _identity,
    "property_clue_form": _clue, "property_declaration_form": _declare, "payment_account_confirmation": _account,
    "service_address_confirmation": _address, "fee_receipt": _fee, "power_of_attorney": _poa,
    "law_firm_letter": _firm_letter, "lawyer_license": _license, "online_inquiry_result": _inquiry,
    "settlement_agreement": _settlement, "payment_voucher": _voucher, "closing_approval_form": _approval,
    "service_receipt": _receipt, "dossier_cover": _cover, "catalogue": _catalogue, "file_review_form": _review,
    "remarks_sheet": _remarks,
}

__all__ = ["CODES", "adopt_basis", "render"]
