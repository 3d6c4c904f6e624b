"""court_bf (海南省海口市龙华区人民法院, held out): a city-centre court of 海口 — 椰子 and 槟榔 traders, 民宿 and hotels,
建材 suppliers, 自贸港 companies, flats and parking spaces. The bureau prints on a colour inkjet (its papers carry the
court name in bold 宋体 over a thin rule and a page footer); the papers it receives come in their authors' styles: a
海口中院 二审 judgment, a 海口仲裁委员会 award, a 海南 law firm's 所函, bank 回单 on thermal paper stapled onto A4,
the 不动产登记中心's and 车管所's replies, the parties' hand-filled forms."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    credit_code,
    id_number,
    money,
    money_caps,
    num_date,
    person_name,
)
from dossier.corpus.draw import BLUE_INK, INK, Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import font

COURT = "海南省海口市龙华区人民法院"
MID = "海南省海口市中级人民法院"
ARB = "海口仲裁委员会"
LAW = "《中华人民共和国民事诉讼法》"
TRADER_SEQ, HOTEL_SEQ, FLAT_SEQ = 28114, 28236, 28371
GREY = (92, 92, 96)

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet", "service_receipt",
})
RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher", "effectiveness_certificate",
})
CODES = OWN | RECEIVED


def kind(sheet: Sheet) -> str:
    """How the sheet was made, for the capture: inkjet (the court's own), slip (thermal stapled on A4), paper."""
    return str(sheet.__dict__.get("bf_kind", "paper"))


def slip_box(sheet: Sheet) -> tuple[int, int, int, int] | None:
    box = sheet.__dict__.get("bf_slip")
    return (int(box[0]), int(box[1]), int(box[2]), int(box[3])) if box else None


def _mark(sheet: Sheet, how: str) -> Sheet:
    sheet.__dict__["bf_kind"] = how
    return sheet


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """海口 parties. TRADER: a 槟榔 and 椰子 trader's 海口中院 二审 judgment against a 民宿 operator for goods; HOTEL: a
    建材 supplier's 海口仲裁委 award against a 自贸港 hotel company; FLAT: a buyer's judgment of this court against a
    developer for a 车位 and 逾期交房 damages."""
    seq = int(c.number.rsplit("执", 1)[1].rstrip("号"))
    story = {TRADER_SEQ: "trader", HOTEL_SEQ: "hotel", FLAT_SEQ: "flat"}[seq]
    c.extra["story"] = story
    street = rng.choice(["金贸街道", "中山街道", "大同街道", "城西镇", "海垦街道"])
    c.firm = rng.choice(["海南椰城明理律师事务所", "海南琼州正衡律师事务所", "海南自贸港天涯律师事务所"])
    c.extra["firm_addr"] = f"海口市龙华区{rng.choice(['国贸路', '玉沙路', '滨海大道'])}{rng.randint(2, 99)}号"
    c.extra["lic_no"] = f"14601{rng.randint(2012, 2021)}1{rng.randint(1000000, 9999999)}"
    c.extra["acct_bank"] = rng.choice(["海南银行海口龙华支行", "海南农商银行龙华支行", "中国工商银行海口龙华支行"])
    c.extra["acct"] = f"6{rng.randint(10**17, 10**18 - 1)}"
    c.extra["resp_bank"] = rng.choice(["中国工商银行海口金贸支行", "海南银行海口国贸支行", "海南省农村信用社联合社营业部"])
    c.extra["resp_acct"] = f"2201{rng.randint(10**14, 10**15 - 1)}"
    c.extra["trial_judge"] = person_name(rng)
    c.extra["pay_day"] = c.day(rng.randint(35, 50))
    c.extra["txn"] = f"{rng.randint(10**11, 10**12 - 1)}"
    if story == "trader":
        born = date(rng.randint(1968, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["469002", "469005", "460106"]), born),
                            f"海南省海口市龙华区{street}{rng.choice(['龙昆南路', '海秀中路'])}{rng.randint(10, 300)}号",
                            f"13{rng.randint(100000000, 999999999)}", born=born, sex="男")
        c.respondent = Party(f"海口{rng.choice(['椰风', '海韵', '骑楼'])}民宿管理有限公司", "organisation",
                             credit_code(rng, "460106"), f"海南省海口市龙华区{street}骑楼老街{rng.randint(1, 80)}号",
                             f"0898-6{rng.randint(6000000, 8999999)}", legal_rep=person_name(rng))
        c.amount = Decimal(rng.randint(9000000, 30000000)) / 100
        c.extra["cause"] = "买卖合同纠纷"
        c.basis_kind, c.basis_court = "judgment", MID
        c.basis_number = f"（2023）琼01民终{rng.randint(1000, 6999)}号"
        c.extra["first_no"] = f"（2023）琼0106民初{rng.randint(3000, 19999)}号"
        c.extra["goods"] = "鲜椰子、槟榔果"
    elif story == "hotel":
        c.applicant = Party(f"海南{rng.choice(['鑫岛', '椰林', '南洋'])}建材贸易有限公司", "organisation",
                            credit_code(rng, "460106"), f"海南省海口市龙华区{street}丘海大道{rng.randint(10, 200)}号",
                            f"0898-6{rng.randint(6000000, 8999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"海南{rng.choice(['自贸港蓝海', '琼岛云端', '海天一色'])}酒店管理有限公司", "organisation",
                             credit_code(rng, "460100"), f"海南省海口市龙华区{street}滨海大道{rng.randint(100, 300)}号",
                             f"0898-6{rng.randint(6000000, 8999999)}", legal_rep=person_name(rng))
        c.amount = Decimal(rng.randint(20000000, 90000000)) / 100
        c.extra["cause"] = "建材买卖合同纠纷"
        c.basis_kind, c.basis_court = "arbitration", ARB
        c.basis_number = f"（2023）海仲字第{rng.randint(100, 1999)}号"
    else:
        born = date(rng.randint(1975, 1995), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["230102", "460106", "410105"]), born),
                            f"海南省海口市龙华区{street}金盘路{rng.randint(1, 60)}号", f"18{rng.randint(100000000, 999999999)}",
                            born=born, sex=rng.choice("男女"))
        c.respondent = Party(f"海南{rng.choice(['椰城', '万绿园', '金海岸'])}置业有限公司", "organisation",
                             credit_code(rng, "460106"), f"海南省海口市龙华区{street}城西路{rng.randint(1, 99)}号",
                             f"0898-6{rng.randint(6000000, 8999999)}", legal_rep=person_name(rng))
        c.amount = Decimal(rng.randint(6000000, 25000000)) / 100
        c.extra["cause"] = "商品房预售合同纠纷"
        c.basis_kind, c.basis_court = "judgment", COURT
        c.basis_number = f"（2023）琼0106民初{rng.randint(3000, 19999)}号"
        c.extra["space"] = f"地下一层B{rng.randint(1, 3)}-{rng.randint(10, 299)}号车位"
        c.extra["cert"] = f"琼（2022）海口市不动产权第{rng.randint(1000000, 9999999)}号"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 120))
    c.extra["exec_fee"] = Decimal(int(float(c.amount) * 0.005 + 50))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in OWN:
        return _own(code, c, rng, served)
    return _received(code, c, rng, served)


def _what(c: CaseCtx) -> str:
    return f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案"


def _basis(c: CaseCtx) -> str:
    kind_ = "裁决书" if c.basis_kind == "arbitration" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind_}"


# ---------------------------------------------------------------- the bureau's own inkjet papers


def _court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: list[Block], *, signers: list[str],
                 day: date, number: bool = True) -> list[Sheet]:
    """The bureau's template: court name bold above a hairline, the title spaced out, 案号 right, body in 仿宋-like
    kai at 16pt, signers at the foot, date and seal, "第n页 共m页" centred below."""
    body = font("kai", 46)
    sheets: list[Sheet] = []
    left, width = mm(28), A4W - mm(54)

    def start() -> tuple[Sheet, float]:
        s = _mark(Sheet(paper=(255, 254, 250)), "inkjet")
        sheets.append(s)
        return s, mm(26)

    s, y = start()
    s.centred(y, COURT, font("serif_bold", 64), spacing=6)
    y += mm(12)
    s.line(left, y, left + width, y, width=2, fill=(40, 40, 40))
    y += mm(6)
    s.centred(y, title, font("serif_bold", 76), spacing=24 if len(title) < 6 else 8)
    y += mm(16)
    if number:
        s.right(left + width, y, c.number, font("kai", 44))
        y += mm(11)
    y = flow(s, blocks, body, x0=left, width=width, y=y, line_height=mm(8.6), indent=body.size * 2,
             bottom=A4H - mm(40), more=start)
    s = sheets[-1]
    if y > A4H - mm(80):
        s, y = start()
    y += mm(6)
    for who in signers:
        s.right(left + width - mm(10), y, who, body)
        y += mm(8.6)
    s.right(left + width - mm(10), y + mm(4), cn_date(day), body)
    seal(s, left + width - mm(40), y, COURT, rng)
    n = len(sheets)
    for k, sh in enumerate(sheets, 1):
        sh.centred(A4H - mm(18), f"第{k}页 共{n}页", font("serif", 34))
        if k > 1:
            sh.page_of = (k, n)
    return sheets


A4W, A4H = Sheet().size


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    sign = [f"执行员　{c.officer}", f"书记员　{c.clerk}"]
    bench = [f"审判长　{c.judge}", f"审判员　{c.officer}", f"书记员　{c.clerk}"]
    story = c.extra["story"]
    if code == "acceptance_notice":
        return _court_paper(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{_what(c)}，执行依据为{_basis(c)}。经审查，符合立案条件，本院决定立案执行。"),
            ("p", f"案号：{c.number}；承办人：{c.officer}；联系电话：{c.court.phone}。可登录“海南法院诉讼服务网”或拨打"
                  "12368查询进度。"),
            ("p", "请你（单位）及时提供被执行人的财产线索；联系方式、送达地址变更的，应当书面告知本院。"),
        ], signers=sign, day=c.filed_on)
    if code == "payment_notice":
        return _court_paper(c, rng, "交纳执行申请费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{_what(c)}，依照《诉讼费用交纳办法》第十四条的规定，应交纳申请执行费"
                  f"{c.extra['exec_fee']}元，该费用由被执行人负担，本院执行到位后一并收取。"),
            ("p", "缴费方式：海南省非税收入统一缴款码扫码缴纳，或在本院诉讼服务中心一楼收费窗口缴纳。"),
        ], signers=sign, day=c.filed_on)
    if code == "enforcement_notice":
        return _court_paper(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{_what(c)}，{_basis(c)}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}向本院申请执行，"
                  f"本院依法立案。依照{LAW}第二百五十二条、第二百六十四条的规定，责令你单位立即履行下列义务："),
            ("p", f"一、向申请执行人支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['exec_fee']}元。"),
            ("p", "你单位逾期不履行的，本院将依法采取查封、扣押、冻结、拍卖财产及限制消费、纳入失信名单等措施。"),
        ], signers=sign, day=c.day(2))
    if code == "property_report_order":
        return _court_paper(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院执行{_what(c)}，你单位未按执行通知履行义务。依照{LAW}第二百五十六条的规定，责令你单位自收到本令"
                  "之日起五日内，向本院如实报告当前以及收到执行通知之日前一年的财产情况，并填写《财产申报表》。"),
            ("p", "应当报告的财产包括：银行存款、现金、理财产品；不动产及车位；车辆、船舶；对外债权、股权；"
                  "以及经营收入等。"),
            ("p", "拒绝报告、虚假报告或逾期报告的，本院将予以罚款、拘留，并将你单位纳入失信被执行人名单。"),
        ], signers=sign, day=c.day(2))
    if code == "enforcement_ruling":
        target = {
            "trader": f"冻结、划拨被执行人{r.name}在{c.extra['resp_bank']}账户（账号{c.extra['resp_acct']}）内存款，"
                      f"以{money(c.amount)}为限",
            "hotel": f"冻结被执行人{r.name}银行存款{money(c.amount)}，或查封、扣押其相应价值的其他财产",
            "flat": f"查封被执行人{r.name}名下{c.extra.get('space', '')}（{c.extra.get('cert', '')}），查封期限三年",
        }[story]
        return _court_paper(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{_what(c)}中，被执行人未在执行通知书指定的期间内履行义务。依照{LAW}第二百四十九条、"
                  "第二百五十条、第二百五十三条的规定，裁定如下："),
            ("p", f"{target}。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=c.day(8))
    if code == "assistance_notice":
        to, ask = {
            "trader": (f"{c.extra['resp_bank']}：", f"冻结并扣划被执行人{r.name}在你行账号{c.extra['resp_acct']}内存款"
                                                   f"{money(c.amount)}，划至本院执行款专户。"),
            "hotel": ("中国工商银行海口龙华支行：", f"冻结被执行人{r.name}在你行开立的全部账户内存款，以{money(c.amount)}为限，"
                                            "冻结期限一年。"),
            "flat": ("海口市不动产登记中心：", f"查封被执行人{r.name}名下{c.extra.get('space', '')}（{c.extra.get('cert', '')}），查封期间不得办理"
                                        "转移、抵押登记。"),
        }[story]
        return _court_paper(c, rng, "协助执行通知书", [
            ("f", to),
            ("p", f"本院执行{_what(c)}，依照{LAW}第二百四十九条、第二百五十条的规定，请协助执行下列事项："),
            ("p", ask),
            ("f", f"附：{c.number}执行裁定书一份。"),
            ("f", f"经办人：{c.officer}　{c.clerk}　联系电话：{c.court.phone}"),
        ], signers=[], day=c.day(9))
    if code == "closing_notice":
        return _court_paper(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{_what(c)}，被执行人已于{cn_date(c.extra['pay_day'])}履行全部义务，执行款已转入你（单位）"
                  f"在{c.extra['acct_bank']}开立的账户。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条，"
                  "本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], signers=sign, day=c.closed_on)
    if code == "closing_approval_form":
        return _approval(c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "dossier_cover":
        return _cover(c, rng)
    if code == "catalogue":
        return _catalogue(c, rng)
    if code == "file_review_form":
        return _review(c, rng)
    if code == "remarks_sheet":
        return _remarks(c, rng)
    raise KeyError(code)


def _form_head(s: Sheet, title: str, y: float) -> float:
    s.centred(y, COURT, font("hei", 50))
    s.centred(y + mm(10), title, font("hei", 70), spacing=10)
    return y + mm(26)


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = _mark(Sheet(paper=(255, 254, 250)), "inkjet")
    y = _form_head(s, "执行案件结案审批表", mm(22))
    f = font("serif", 38)
    x, w = mm(20), A4W - mm(40)
    rows = [["案号", c.number], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", _basis(c)], ["执行标的", money(c.amount)], ["立案日期", num_date(c.filed_on)],
            ["结案方式", "执行完毕"], ["执行到位金额", f"{c.amount:,.2f}元"]]
    y = table(s, x, y, [mm(42), w - mm(42)], rows, f, row_h=mm(13), centre_first=True)
    for label, who, text, off in [("承办人意见", c.officer, "被执行人已全部履行，案款已发放，建议以执行完毕结案。", 0),
                                  ("合议庭/执行长意见", c.judge, "同意结案。", 2), ("局长审批", person_name(rng), "同意。", 3)]:
        s.box(x, y, x + w, y + mm(40))
        s.text(x + mm(3), y + mm(3), label, font("hei", 38))
        hand(s, x + mm(44), y + mm(10), text, rng, size=42, ink=BLUE_INK)
        s.text(x + w - mm(80), y + mm(30), "签名：", f)
        signature(s, x + w - mm(62), y + mm(26), who, rng, ink=BLUE_INK)
        s.text(x + w - mm(36), y + mm(31), num_date(c.closed_on - timedelta(days=3 - off)), font("serif", 30))
        y += mm(40)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书", "payment_notice": "交纳执行申请费通知书"}
    to_app = any(x in ("acceptance_notice", "closing_notice", "payment_notice") for x in served)
    who = c.applicant if to_app else c.respondent
    s = _mark(Sheet(paper=(255, 254, 250)), "inkjet")
    y = _form_head(s, "送 达 回 证", mm(24))
    f = font("serif", 38)
    x, w = mm(18), A4W - mm(36)
    docs = "、".join(f"{names.get(x_, x_)}" for x_ in served)
    day = c.closed_on if "closing_notice" in served else c.day(3 if "enforcement_ruling" not in served else 10)
    rows = [["案　　由", c.extra["cause"]], ["案　　号", c.number], ["送达文书", f"{docs}（{c.number}）"],
            ["受送达人", who.name], ["送达地址", who.address], ["送达方式", rng.choice(["直接送达", "留置送达", "邮寄送达"])],
            ["受送达人签收", ""], ["代收人及代收理由", ""], ["备　　注", ""]]
    bottom = table(s, x, y, [mm(44), w - mm(44)], rows, f, row_h=[mm(15)] * 6 + [mm(30), mm(20), mm(24)],
                   centre_first=True)
    signer = who.name if who.kind == "person" else who.legal_rep
    signature(s, x + mm(56), y + mm(15) * 6 + mm(6), signer, rng, ink=BLUE_INK)
    hand(s, x + mm(110), y + mm(15) * 6 + mm(16), num_date(day), rng, size=38)
    s.text(x, bottom + mm(8), f"送达人：{c.officer}　{c.clerk}", f)
    s.text(x, bottom + mm(18), "填发人：" + c.clerk, f)
    seal(s, A4W - mm(55), bottom + mm(14), COURT, rng)
    return [s]


def _cover(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = _mark(Sheet(paper=(250, 244, 226)), "paper")
    s.centred(mm(40), COURT, font("serif_bold", 70), spacing=8)
    s.centred(mm(62), "执 行 卷 宗", font("serif_bold", 120), spacing=20)
    f = font("serif", 48)
    x = mm(40)
    y = mm(110)
    for label, val in [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
                       ("被 执 行 人", c.respondent.name), ("承 办 人", c.officer), ("立案日期", num_date(c.filed_on)),
                       ("结案日期", num_date(c.closed_on)), ("结案方式", "执行完毕"), ("保管期限", "长期")]:
        s.text(x, y, label + "：", f)
        s.line(x + mm(46), y + mm(9), A4W - mm(35), y + mm(9), width=2)
        s.text(x + mm(48), y, val, font("kai", 46))
        y += mm(17)
    s.text(x, y + mm(14), f"本卷共　{rng.randint(40, 55)}　页", f)
    s.centred(A4H - mm(30), "全宗号　J070　　目录号　2024　　案卷号　" + str(rng.randint(100, 900)), font("serif", 36))
    return [s]


CATALOGUE_ROWS = ["卷宗封面", "卷内目录", "执行申请书", "执行依据及生效证明", "财产线索表", "身份证明", "授权委托书、所函、律师执业证",
                  "受理案件通知书", "执行通知书、报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书",
                  "和解协议", "执行款收付凭证", "结案通知书", "结案审批表", "送达回证", "案卷审查表", "备考表"]


def _catalogue(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = _mark(Sheet(paper=(255, 254, 250)), "inkjet")
    s.centred(mm(22), "卷 内 目 录", font("hei", 76), spacing=14)
    s.text(mm(20), mm(38), f"案号：{c.number}", font("serif", 38))
    page = 1
    rows = [["序号", "文书名称", "页号", "备注"]]
    for k, name in enumerate(CATALOGUE_ROWS, 1):
        rows.append([str(k), name, str(page), ""])
        page += rng.randint(1, 3)
    table(s, mm(20), mm(48), [mm(18), mm(110), mm(24), mm(28)], rows, font("serif", 36), row_h=mm(11), centre_first=True)
    return [s]


def _review(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = _mark(Sheet(paper=(255, 254, 250)), "inkjet")
    y = _form_head(s, "执行案件归档审查表", mm(22))
    f = font("serif", 38)
    rows = [["案号", c.number], ["承办人", c.officer], ["书记员", c.clerk], ["归档日期", num_date(c.closed_on + timedelta(days=20))]]
    y = table(s, mm(20), y, [mm(40), A4W - mm(80)], rows, f, row_h=mm(13), centre_first=True)
    checks = ["法律文书齐全、送达回证完整", "执行款收付凭证齐全，账目清楚", "卷内文书按顺序排列、页码连续", "目录填写清楚、备考表已填写"]
    rows2 = [["审查项目", "审查结果"]] + [[t, "☑ 合格"] for t in checks]
    y = table(s, mm(20), y + mm(6), [mm(120), A4W - mm(160)], rows2, f, row_h=mm(13))
    s.text(mm(22), y + mm(10), "档案室审查意见：", font("hei", 40))
    hand(s, mm(70), y + mm(20), "卷宗齐全，同意归档。", rng, size=44)
    signature(s, A4W - mm(70), y + mm(34), person_name(rng), rng)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = _mark(Sheet(paper=(255, 254, 250)), "inkjet")
    s.centred(mm(24), "备  考  表", font("serif_bold", 80), spacing=16)
    f = font("serif", 40)
    s.box(mm(22), mm(48), A4W - mm(22), A4H - mm(60))
    s.text(mm(28), mm(54), "本卷情况说明：", font("hei", 40))
    hand(s, mm(36), mm(68), f"本卷共{rng.randint(40, 55)}页，文书齐全，执行款已全部发放。", rng, size=42)
    s.text(mm(100), A4H - mm(52), f"立卷人：{c.clerk}", f)
    s.text(mm(100), A4H - mm(42), f"检查人：{c.officer}", f)
    s.text(mm(100), A4H - mm(32), f"立卷时间：{num_date(c.closed_on + timedelta(days=15))}", f)
    return [s]


# ---------------------------------------------------------------- papers that reach the bureau


def _received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    story = c.extra["story"]
    if code == "enforcement_basis":
        return _basis_doc(c, rng)
    if code == "effectiveness_certificate":
        return _letter(c, rng, ARB, "生效证明", [
            ("f", f"{COURT}："),
            ("p", f"本会受理的申请人{a.name}与被申请人{r.name}{c.extra['cause']}一案，已于"
                  f"{cn_date(c.basis_effective)}作出{c.basis_number}裁决书。根据《中华人民共和国仲裁法》第五十七条，"
                  "裁决书自作出之日起发生法律效力。"),
            ("p", "特此证明。"),
        ], sealed=ARB, day=c.filed_on - timedelta(days=5), boxed=True)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "law_firm_letter":
        return _letter(c, rng, c.firm, "律师事务所函", [
            ("f", f"{COURT}："),
            ("p", f"本所接受{a.name}的委托，指派{c.agent}律师作为其与{r.name}{c.extra['cause']}执行一案的委托代理人。"),
            ("p", "特此函告。"),
            ("f", f"附：授权委托书一份　　联系电话：{c.agent_phone}"),
            ("f", f"地址：{c.extra['firm_addr']}"),
        ], sealed=c.firm, day=c.filed_on - timedelta(days=2), boxed=False)
    if code == "power_of_attorney":
        return _hand_form(c, rng, "授 权 委 托 书", [
            ("委托人", a.name), ("受托人", f"{c.agent}，{c.firm}律师"), ("委托事项", f"申请执行{r.name}{c.extra['cause']}一案"),
            ("代理权限", "特别授权：代为申请执行、变更执行请求、参与和解、代收执行款"), ("委托期限", "至本案执行终结"),
        ], signer=a.legal_rep or a.name, day=c.filed_on - timedelta(days=3))
    if code == "property_clue_form":
        clue = {"trader": f"被执行人在{c.extra['resp_bank']}有经营账户", "hotel": "被执行人酒店客房收入、POS收单账户",
                "flat": f"被执行人名下{c.extra.get('space', '车位')}未售"}[story]
        return _hand_form(c, rng, "被执行人财产线索表", [
            ("申请执行人", a.name), ("被执行人", r.name), ("财产类型", "银行存款 / 不动产"), ("财产线索", clue),
            ("线索来源", "交易往来及现场了解"),
        ], signer=a.legal_rep or a.name, day=c.filed_on, court_form=True)
    if code == "service_address_confirmation":
        return _hand_form(c, rng, "送达地址确认书", [
            ("受送达人", a.name), ("送达地址", a.address), ("联系电话", a.phone), ("电子送达", "同意，手机号码" + a.phone),
            ("告知事项", "确认地址不准确或变更未告知的，按确认地址送达即视为送达"),
        ], signer=a.legal_rep or a.name, day=c.filed_on, court_form=True)
    if code == "payment_account_confirmation":
        return _hand_form(c, rng, "执行款收款账户确认书", [
            ("收款人", a.name), ("开户行", c.extra["acct_bank"]), ("账号", c.extra["acct"]), ("联系电话", a.phone),
            ("承诺", "以上账户信息真实有效，因账户错误造成的损失由本人（单位）承担"),
        ], signer=a.legal_rep or a.name, day=c.filed_on, court_form=True)
    if code == "property_declaration_form":
        return _hand_form(c, rng, "财 产 申 报 表", [
            ("申报人", r.name), ("法定代表人", r.legal_rep), ("银行存款", f"{c.extra['resp_bank']} 约{rng.randint(2, 90)}万元"),
            ("不动产", "无" if story != "flat" else f"{c.extra['space']}等未售车位"), ("车辆", "无"),
            ("对外债权", "无"), ("申报人承诺", "以上申报属实，如有虚假愿承担法律责任"),
        ], signer=r.legal_rep, day=c.day(7))
    if code == "identity_proof":
        return _identity(c, rng, r if "respondent" in served else a)
    if code == "lawyer_license":
        return _license(c, rng)
    if code == "fee_receipt":
        return _slip(c, rng, "fee")
    if code == "payment_voucher":
        return _slip(c, rng, "pay")
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "settlement_agreement":
        return _letter(c, rng, "", "执行和解协议", [
            ("f", f"甲方（申请执行人）：{a.name}"),
            ("f", f"乙方（被执行人）：{r.name}　法定代表人：{r.legal_rep}"),
            ("p", f"就{c.number}案件，双方经协商自愿达成如下和解协议："),
            ("p", f"一、乙方于{num_date(c.extra['pay_day'])}前向甲方支付{money(c.amount)}，汇入{COURT}执行款专户；"),
            ("p", "二、乙方按期足额付清后，甲方放弃迟延履行期间的债务利息，本案执行完毕；"),
            ("p", "三、乙方未按期付款的，甲方有权申请恢复执行原生效法律文书。"),
            ("f", "甲方（签字）：　　　　　　　乙方（盖章）："),
        ], sealed=r.name, day=c.day(30), boxed=False, sign_hand=a.legal_rep or a.name)
    raise KeyError(code)


def _letter(c: CaseCtx, rng: random.Random, head: str, title: str, blocks: list[Block], *, sealed: str, day: date,
            boxed: bool, sign_hand: str = "") -> list[Sheet]:
    """A typed paper of another body: sans heading over a blue double rule (law firm), a boxed certificate (仲裁委),
    or a plain agreement."""
    s = _mark(Sheet(), "paper")
    x, w = mm(25), A4W - mm(50)
    y: float = mm(24)
    if head:
        s.centred(y, head, font("hei", 60), fill=(30, 40, 120) if not boxed else INK)
        y += mm(12)
        s.line(x, y, x + w, y, width=4, fill=(30, 40, 120))
        s.line(x, y + 8, x + w, y + 8, width=1, fill=(30, 40, 120))
        y += mm(10)
    if boxed:
        s.box(x - mm(4), y - mm(4), x + w + mm(4), A4H - mm(100), width=5)
    s.centred(y, title, font("sans_bold", 66), spacing=6)
    y += mm(18)
    body = font("serif", 42)
    y = flow(s, blocks, body, x0=x, width=w, y=y, line_height=mm(8), indent=body.size * 2)
    if sign_hand:
        signature(s, x + mm(30), y - mm(10), sign_hand, rng)
    y += mm(12)
    if head:
        s.right(x + w, y, head, body)
    s.right(x + w, y + mm(10), num_date(day), body)
    seal(s, x + w - mm(30), y + mm(4), sealed, rng)
    return [s]


def _hand_form(c: CaseCtx, rng: random.Random, title: str, rows: list[tuple[str, str]], *, signer: str, day: date,
               court_form: bool = False) -> list[Sheet]:
    """A printed blank filled by hand: labels in 黑体, answers in blue handwriting, signature and date at the foot."""
    s = _mark(Sheet(paper=(253, 253, 250)), "paper")
    y = mm(22)
    if court_form:
        s.centred(y, COURT, font("hei", 46))
        y += mm(11)
    s.centred(y, title, font("hei", 72), spacing=6)
    y += mm(20)
    x, w = mm(20), A4W - mm(40)
    lab = font("hei", 40)
    s.text(x, y, f"案号：{c.number if court_form else '（立案后填写）'}", font("serif", 36))
    y += mm(10)
    for label, val in rows:
        h = mm(24) if len(val) > 22 else mm(15)
        s.box(x, y, x + w, y + h)
        s.line(x + mm(40), y, x + mm(40), y + h)
        s.text(x + mm(3), y + (h - mm(6)) / 2, label, lab)
        first, rest = val[:22], val[22:]
        hand(s, x + mm(44), y + mm(3), first, rng, size=42)
        if rest:
            hand(s, x + mm(44), y + mm(13), rest, rng, size=42)
        y += h
    y += mm(14)
    s.text(x + mm(80), y, "签名（盖章）：", lab)
    signature(s, x + mm(124), y - mm(6), signer, rng, ink=BLUE_INK)
    hand(s, x + mm(110), y + mm(16), num_date(day), rng, size=40)
    return [s]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = _mark(Sheet(), "paper")
    s.centred(mm(24), "强制执行申请书", font("sans_bold", 72), spacing=10)
    body = font("serif", 42)
    x, w = mm(25), A4W - mm(50)
    who_a = (f"申请执行人：{a.name}，{a.sex}，{a.born:%Y年%m月%d日}生，身份证号{a.id_number}，住{a.address}，电话{a.phone}。"
             if a.kind == "person" and a.born else
             f"申请执行人：{a.name}，统一社会信用代码{a.id_number}，住所地{a.address}，法定代表人{a.legal_rep}。")
    blocks: list[Block] = [
        ("f", who_a),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}，法定代表人{r.legal_rep}。"),
        ("h", "执行请求："),
        ("p", f"一、强制被执行人支付{money(c.amount)}；"),
        ("p", "二、强制被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "三、本案执行费用由被执行人承担。"),
        ("h", "事实与理由："),
        ("p", f"申请人与被执行人{c.extra['cause']}一案，经{_basis(c)}确定被执行人应向申请人支付上述款项，该文书已于"
              f"{num_date(c.basis_effective)}发生法律效力。被执行人至今未履行，特依法申请强制执行。"),
        ("f", "此致"),
        ("f", COURT),
    ]
    y = flow(s, blocks, body, x0=x, width=w, y=mm(44), line_height=mm(8.2), indent=body.size * 2)
    s.right(x + w, y + mm(8), "申请人：", body)
    signature(s, x + w - mm(40), y + mm(14), a.legal_rep or a.name, rng)
    s.right(x + w, y + mm(30), num_date(c.filed_on - timedelta(days=1)), body)
    return [s]


def _basis_doc(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The basis in its author's style: 海口中院's 二审 judgment (two pages), this court's 民初 judgment, or 海口仲裁委's
    award (a 仲裁委 seal over its name)."""
    a, r = c.applicant, c.respondent
    story = c.extra["story"]
    if story == "hotel":
        head, title = ARB, "裁　决　书"
        blocks: list[Block] = [
            ("f", f"申请人：{a.name}，住所地{a.address}。"),
            ("f", f"被申请人：{r.name}，住所地{r.address}。"),
            ("p", f"本会根据申请人与被申请人签订的《建材供货合同》中的仲裁条款，受理了双方之间的建材买卖合同纠纷案。"
                  f"申请人向被申请人酒店装修工程供应瓷砖、卫浴洁具及铝合金门窗，被申请人尚欠货款{money(c.amount)}未付。"),
            ("p", "仲裁庭经审理认为，双方合同合法有效，被申请人应当按约支付货款。依照《中华人民共和国民法典》"
                  "第五百七十九条、《中华人民共和国仲裁法》第五十四条的规定，裁决如下："),
            ("p", f"被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付货款{money(c.amount)}。"),
            ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
        ]
        signers = [f"首席仲裁员　{person_name(rng)}", f"仲裁员　{person_name(rng)}", f"仲裁员　{person_name(rng)}"]
    elif story == "trader":
        head, title = MID, "民 事 判 决 书"
        blocks = [
            ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"),
            ("f", f"被上诉人（原审原告）：{a.name}，住{a.address}。"),
            ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服{COURT}{c.extra['first_no']}民事判决，"
                  "向本院提起上诉。本院依法组成合议庭审理了本案，现已审理终结。"),
            ("p", f"原审查明：被上诉人自2022年起向上诉人经营的民宿及餐厅供应{c.extra['goods']}，双方按月对账，上诉人"
                  f"尚欠货款{money(c.amount)}。上诉人主张部分椰子品质不合格，但未提交证据证明。"),
            ("p", "本院认为，一审认定事实清楚，适用法律正确。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项"
                  "的规定，判决如下："),
            ("p", "驳回上诉，维持原判。"),
            ("p", "二审案件受理费由上诉人负担。本判决为终审判决。"),
        ]
        signers = [f"审判长　{person_name(rng)}", f"审判员　{person_name(rng)}", f"审判员　{person_name(rng)}"]
    else:
        head, title = COURT, "民 事 判 决 书"
        blocks = [
            ("f", f"原告：{a.name}，住{a.address}。"),
            ("f", f"被告：{r.name}，住所地{r.address}。"),
            ("p", f"原告{a.name}与被告{r.name}商品房预售合同纠纷一案，本院立案后依法适用简易程序公开开庭进行了审理。"),
            ("p", f"原告购买被告开发的商品房及{c.extra['space']}，被告逾期交房且未办理车位产权登记。本院认为，被告应承担违约"
                  "责任。依照《中华人民共和国民法典》第五百七十七条的规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内向原告{a.name}支付逾期交房违约金及车位款返还共计{money(c.amount)}。"),
            ("p", "如不服本判决，可在判决书送达之日起十五日内上诉于海南省海口市中级人民法院。"),
        ]
        signers = [f"审判员　{c.extra['trial_judge']}"]
    sheets: list[Sheet] = []

    def start() -> tuple[Sheet, float]:
        s = _mark(Sheet(), "paper")
        sheets.append(s)
        return s, mm(28)

    s, y = start()
    s.centred(y, head, font("song_gb", 62), spacing=4)
    s.centred(y + mm(14), title, font("song_gb", 80), spacing=12)
    s.right(A4W - mm(28), y + mm(32), c.basis_number, font("song_gb", 44))
    body = font("song_gb", 46)
    y = flow(s, blocks, body, x0=mm(28), width=A4W - mm(56), y=y + mm(46), line_height=mm(9.2),
             indent=body.size * 2, bottom=A4H - mm(50), more=start)
    s = sheets[-1]
    if len(sheets) == 1:
        s, y = start()
    for who in signers:
        s.right(A4W - mm(40), y + mm(8), who, body)
        y += mm(10)
    s.right(A4W - mm(40), y + mm(14), cn_date(c.basis_effective - timedelta(days=15)), body)
    s.right(A4W - mm(40), y + mm(26), f"书记员　{person_name(rng)}", body)
    seal(s, A4W - mm(70), y + mm(10), head, rng)
    s.text(mm(28), y + mm(44), "本件与原本核对无异", font("kai", 40))
    for k, sh in enumerate(sheets, 1):
        sh.right(A4W - mm(28), A4H - mm(20), f"— {k} —", font("serif", 32))
        if k > 1:
            sh.page_of = (k, len(sheets))
    return sheets


def _identity(c: CaseCtx, rng: random.Random, p: Party) -> list[Sheet]:
    """A copy of an ID card (front and back) or of a business licence, on A4, '与原件一致' handwritten."""
    s = _mark(Sheet(), "paper")
    if p.kind == "person" and p.born:
        x0, y0 = mm(45), mm(35)
        s.box(x0, y0, x0 + mm(86), y0 + mm(54), width=3, outline=(120, 120, 120))
        f = font("hei", 30)
        for k, line in enumerate([f"姓名 {p.name}", f"性别 {p.sex}　民族 汉", f"出生 {p.born.year}年{p.born.month}月{p.born.day}日",
                                  f"住址 {p.address[:11]}", f"　　 {p.address[11:22]}"]):
            s.text(x0 + mm(5), y0 + mm(5 + k * 7.5), line, f, fill=(60, 60, 60))
        s.text(x0 + mm(5), y0 + mm(46), f"公民身份号码 {p.id_number}", font("hei", 32), fill=(40, 40, 40))
        s.draw.rectangle((x0 + mm(60), y0 + mm(8), x0 + mm(82), y0 + mm(36)), fill=(170, 170, 170))
        y1 = y0 + mm(70)
        s.box(x0, y1, x0 + mm(86), y1 + mm(54), width=3, outline=(120, 120, 120))
        s.text(x0 + mm(16), y1 + mm(12), "中华人民共和国", font("hei", 40), fill=(60, 60, 60))
        s.text(x0 + mm(24), y1 + mm(22), "居民身份证", font("hei", 44), fill=(60, 60, 60))
        s.text(x0 + mm(6), y1 + mm(38), "签发机关 海口市公安局龙华分局", font("hei", 28), fill=(60, 60, 60))
        s.text(x0 + mm(6), y1 + mm(45), "有效期限 2016.05.12-2036.05.12", font("hei", 28), fill=(60, 60, 60))
        hand(s, mm(50), y1 + mm(80), "与原件核对一致", rng, size=50)
        signature(s, mm(120), y1 + mm(78), p.name, rng)
        return [s]
    x0, y0 = mm(22), mm(30)
    s.box(x0, y0, A4W - x0, A4H - mm(50), width=6, outline=(150, 110, 60))
    s.centred(y0 + mm(14), "营 业 执 照", font("serif_bold", 96), spacing=20)
    s.centred(y0 + mm(36), "（副　本）", font("serif", 44))
    f = font("serif", 40)
    rows = [("统一社会信用代码", p.id_number), ("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"),
            ("法定代表人", p.legal_rep), ("住　　所", p.address), ("成立日期", f"20{rng.randint(10, 21)}年{rng.randint(1, 12)}月"),
            ("经营范围", "许可项目：住宿服务；餐饮服务；建筑材料销售；房地产开发经营（依法须经批准的项目凭许可证件经营）")]
    y: float = y0 + mm(60)
    for label, val in rows:
        s.text(x0 + mm(12), y, label, f)
        y = flow(s, [("f", val)], f, x0=x0 + mm(64), width=A4W - 2 * x0 - mm(76), y=y, line_height=mm(8), indent=0) + mm(3)
    s.text(x0 + mm(80), A4H - mm(90), "登记机关　海口市市场监督管理局", f)
    seal(s, A4W - mm(70), A4H - mm(90), "海口市市场监督管理局", rng)
    hand(s, x0 + mm(10), A4H - mm(44), "复印件与原件一致", rng, size=48, ink=(200, 40, 40))
    return [s]


def _license(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = _mark(Sheet(), "paper")
    x0, y0 = mm(30), mm(40)
    s.box(x0, y0, A4W - x0, y0 + mm(120), width=4, outline=(120, 40, 40))
    s.centred(y0 + mm(10), "中华人民共和国律师执业证", font("serif_bold", 64))
    f = font("serif", 40)
    y = y0 + mm(30)
    for label, val in [("执业证号", c.extra["lic_no"]), ("姓　　名", c.agent), ("执业机构", c.firm), ("发证机关", "海南省司法厅"),
                       ("年度考核", "2023年度 称职")]:
        s.text(x0 + mm(12), y, f"{label}：{val}", f)
        y += mm(13)
    seal(s, A4W - mm(70), y0 + mm(95), "海南省司法厅", rng)
    return [s]


def _slip(c: CaseCtx, rng: random.Random, what: str) -> list[Sheet]:
    """A bank counter 回单 on thermal paper, stapled onto an A4 粘贴单 (the capture fades the slip)."""
    s = _mark(Sheet(), "slip")
    s.centred(mm(14), "票 据 粘 贴 单", font("hei", 52), spacing=6)
    s.text(mm(20), mm(26), f"案号：{c.number}", font("serif", 34))
    x0, y0 = mm(48), mm(40)
    w, h = mm(80), mm(150) if what == "pay" else mm(130)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(246, 246, 243))
    s.line(x0 + mm(8), y0 - mm(2), x0 + mm(18), y0 - mm(2), width=5, fill=(150, 150, 155))
    s.line(x0 + w - mm(18), y0 - mm(2), x0 + w - mm(8), y0 - mm(2), width=5, fill=(150, 150, 155))
    s.__dict__["bf_slip"] = (x0, y0, x0 + w, y0 + h)
    f = font("mono", 30)
    if what == "fee":
        bank = "中国工商银行海口龙华支行"
        lines = [bank, "海南省非税收入缴款回单", "-" * 24, f"缴款人：{c.applicant.name[:12]}",
                 f"执收单位：{COURT[3:]}", "项目：案件受理费（原审）",
                 f"金额：{Decimal(int(float(c.amount) * 0.01 + 50)):,.2f}", f"缴款码：46{rng.randint(10**15, 10**16 - 1)}",
                 f"日期：{c.basis_effective - timedelta(days=200):%Y-%m-%d}", "-" * 24, "客户联　请妥善保管"]
        title = "诉讼费收据"
    else:
        bank = c.extra["acct_bank"] if rng.random() < 0.5 else "海南银行海口龙华支行"
        lines = [bank, "业务回单（转账）", "-" * 24, f"付款人：{COURT[3:]}执行款专户",
                 f"收款人：{c.applicant.name[:12]}", f"收款账号：{c.extra['acct'][:6]}****{c.extra['acct'][-4:]}",
                 f"金额：CNY {c.amount:,.2f}", f"大写：{money_caps(c.amount)}", f"用途：{c.number[6:]}执行款",
                 f"交易流水：{c.extra['txn']}", f"日期：{c.extra['pay_day'] + timedelta(days=3):%Y-%m-%d %H:%M}",
                 "-" * 24, "柜员：0317　授权：A02", "回单打印次数：1"]
        title = "执行款发放凭证"
    y = y0 + mm(6)
    for ln in lines:
        s.text(x0 + mm(4), y, ln[:26], f, fill=GREY)
        y += mm(7)
    s.text(mm(20), A4H - mm(30), f"粘贴单说明：{title}　经办：{c.clerk}", font("serif", 32))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = _mark(Sheet(), "paper")
    s.text(mm(15), mm(12), "执行查控系统　打印时间 " + f"{c.day(5):%Y-%m-%d} 10:{rng.randint(10, 59)}", font("sans", 28))
    s.centred(mm(24), "网络查控结果（总对总）", font("sans_bold", 58))
    f = font("sans", 30)
    s.text(mm(15), mm(36), f"案号：{c.number}　　被查询人：{c.respondent.name}", f)
    s.text(mm(15), mm(43), f"证照号码：{c.respondent.id_number}　　查询方式：总对总网络查控", f)
    rows = [["反馈单位", "财产类型", "反馈结果", "反馈时间"],
            ["中国工商银行", "存款", f"账户{c.extra['resp_acct'][-6:]} 余额{rng.randint(1000, 90000)}.00", f"{c.day(5):%Y-%m-%d}"],
            ["海南银行", "存款", "无开户信息", f"{c.day(5):%Y-%m-%d}"],
            ["海南省农村信用社", "存款", "无开户信息", f"{c.day(6):%Y-%m-%d}"],
            ["公安部（车管所）", "车辆", "未查到车辆登记信息", f"{c.day(5):%Y-%m-%d}"],
            ["自然资源部（不动产登记中心）", "不动产",
             c.extra.get("space", "") + " 已登记" if c.extra["story"] == "flat" else "无", f"{c.day(6):%Y-%m-%d}"],
            ["证监会", "证券", "无", f"{c.day(6):%Y-%m-%d}"]]
    table(s, mm(15), mm(52), [mm(58), mm(24), mm(68), mm(30)], rows, f, row_h=mm(14))
    s.text(mm(15), A4H - mm(20), "本结果仅供执行参考　第1页 共1页", font("sans", 26))
    return [s]
