"""court_bg (宁夏银川兴庆区人民法院执行局): a 中宁 枸杞 grower's 货款 judgment (银川中院 二审) against a 兴庆 商贸 company,
a 贺兰山东麓 winery's 银川仲裁委员会 award against a 兴庆 hotel company (archived), and a 民间借贷 调解书 of this
court against a 装修 contractor. The bureau prints its notices duplex with their pre-printed backs (送达回证's 填写说明,
缴款书's 说明, 执行通知书's 权利义务告知, 报告财产令's 风险提示) and its 受理通知书 2-up on one landscape A4 sheet."""

from __future__ import annotations

import random
from collections.abc import Callable
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
from dossier.corpus.draw import A4, INK, RED, Sheet, flow, hand, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font

GOJI_SEQ, WINE_SEQ, LOAN_SEQ = 29017, 29144, 29263
COURT = "宁夏回族自治区银川市兴庆区人民法院"
MID = "宁夏回族自治区银川市中级人民法院"
LAND = (A4[1], A4[0])
"""a landscape A4 sheet: two A5 pages side by side"""

BACKED = {"service_receipt": "rcpt", "payment_notice": "fee", "enforcement_notice": "rights",
          "property_report_order": "risk"}
"""the notices printed duplex on the bureau's stock: their backs carry text of their own"""

CODES: frozenset[str] = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "acceptance_notice", "payment_notice", "enforcement_notice",
    "property_report_order", "property_declaration_form", "online_inquiry_result", "enforcement_ruling",
    "assistance_notice", "settlement_agreement", "payment_voucher", "closing_notice", "closing_approval_form",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet"})

TITLES = {"acceptance_notice": "受理案件通知书", "payment_notice": "缴纳执行费通知书", "enforcement_notice": "执行通知书",
          "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "assistance_notice": "协助执行通知书",
          "closing_notice": "结案通知书", "effectiveness_certificate": "生效证明书"}


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Moves the case to 银川 and gives each dossier its story (by seq)."""
    seq = c.number.rsplit("执", 1)[1].removesuffix("号")
    y = c.filed_on.year
    c.extra["story"] = {str(GOJI_SEQ): "goji", str(WINE_SEQ): "wine"}.get(seq, "loan")
    c.firm = rng.choice(["宁夏方和圆律师事务所", "宁夏兴业律师事务所", "宁夏昊德律师事务所"])
    c.extra["firm_addr"] = f"银川市金凤区{rng.choice(['北京中路', '宁安大街', '亲水大街'])}{rng.randint(100, 399)}号"
    c.extra["lic_no"] = f"1640120{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["acct_bank"] = rng.choice(["宁夏银行兴庆支行", "宁夏黄河农村商业银行兴庆支行", "中国建设银行银川新华街支行"])
    c.extra["acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["resp_bank"] = rng.choice(["宁夏银行解放街支行", "中国建设银行银川鼓楼支行"])
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.007 + 50))
    c.extra["pay_day"] = c.day(rng.randint(38, 52))
    c.extra["judge1"] = person_name(rng)
    street = rng.choice(["解放东街", "新华东街", "清和北街", "胜利街", "民族北街"])
    if c.extra["story"] == "goji":
        c.applicant = Party("中宁县杞乡红枸杞种植专业合作社", "organisation", credit_code(rng, "640521"),
                            f"宁夏中卫市中宁县宁安镇枸杞大道{rng.randint(10, 99)}号", f"0955-50{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent.name = "银川塞上韵商贸有限公司"
        c.respondent.address = f"银川市兴庆区{street}{rng.randint(1, 300)}号{rng.randint(1, 9)}层"
        c.basis_kind, c.basis_court = "judgment", MID
        c.basis_number = f"（{y - 1}）宁01民终{rng.randint(1000, 4999)}号"
        c.extra["first"] = f"（{y - 2}）宁0104民初{rng.randint(3000, 12999)}号"
        c.extra["goods"] = f"中宁枸杞干果（特优级）{rng.randint(8, 30)}吨"
    elif c.extra["story"] == "wine":
        c.applicant = Party("宁夏贺兰山东麓金沙湾酒庄有限公司", "organisation", credit_code(rng, "640122"),
                            f"银川市永宁县闽宁镇葡萄酒产业园{rng.randint(1, 40)}号", f"0951-80{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent.name = "银川凤城阅海酒店管理有限公司"
        c.respondent.address = f"银川市兴庆区{street}{rng.randint(1, 300)}号"
        c.basis_kind, c.basis_court = "arbitration", "银川仲裁委员会"
        c.basis_number = f"（{y - 1}）银仲裁字第{rng.randint(100, 999)}号"
        c.extra["goods"] = f"赤霞珠干红葡萄酒{rng.randint(300, 900)}箱"
    else:
        born = date(rng.randint(1970, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "640104", born),
                             f"银川市兴庆区{street}{rng.randint(1, 99)}号{rng.randint(1, 20)}栋{rng.randint(101, 2402)}室",
                             f"18{rng.randint(100000000, 999999999)}", born=born, sex="男")
        c.basis_kind, c.basis_court = "mediation", COURT
        c.basis_number = f"（{y - 1}）宁0104民初{rng.randint(3000, 12999)}号"
        c.extra["goods"] = "装修工程周转借款"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 90))


# ------------------------------------------------------------------ page furniture

def _f(role: str, pt: float) -> Font:
    return font(role, round(pt * 200 / 72))


def _court_head(s: Sheet, title: str, y: float = mm(28)) -> float:
    """The court's name, its letter-spaced title, a thin rule."""
    s.centred(y, COURT, _f("serif_bold", 17), spacing=4)
    s.centred(y + mm(13), title, _f("serif_bold", 22), spacing=mm(4))
    return y + mm(28)


def _footer(s: Sheet, n: int, m: int, face: str = "serif") -> None:
    s.centred(s.height - mm(16), f"第{n}页  共{m}页", _f(face, 9))
    s.page_of = (n, m)


def _pages(blocks: list[tuple[str, str]], head: Callable[[Sheet], float], rng: random.Random, *, face: str = "serif",
           pt: float = 12.5, margin: float = 26) -> list[Sheet]:
    """A typed paper that runs onto as many sheets as it needs; the later ones carry no title."""
    sheets = [Sheet()]
    f = _f(face, pt)
    lh = f.size * 1.75

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], mm(24)

    flow(sheets[0], blocks, f, x0=mm(margin), width=A4[0] - 2 * mm(margin), y=head(sheets[0]), line_height=lh,
         indent=2 * f.size, bottom=A4[1] - mm(28), more=more)
    return sheets


def _number(sheets: list[Sheet], face: str = "serif") -> list[Sheet]:
    """第n页 共m页 under every printed page of a paper that ran on (not on a notice's pre-printed back)."""
    pages = [s for s in sheets if not isinstance(s, Back)]
    if len(pages) > 1:
        for i, s in enumerate(pages):
            _footer(s, i + 1, len(pages), face)
    return sheets


def _end(s: Sheet, rng: random.Random, name: str, day: date, lines: list[str], y: float | None = None) -> None:
    """Signature lines and date at the bottom right, the seal over the date."""
    f = _f("serif", 12.5)
    yy = y if y is not None else s.height - mm(30) - f.size * 1.8 * (len(lines) + 1)
    for ln in lines:
        s.right(s.width - mm(30), yy, ln, f)
        yy += f.size * 1.8
    s.right(s.width - mm(30), yy, cn_date(day), f)
    seal(s, s.width - mm(55), yy - mm(4), name, rng)


def _last_y(s: Sheet) -> float:
    """Where the text on a sheet ends (ink rows), to place the signature under it."""
    g = s.image.convert("L").point(lambda v: 255 if v < 200 else 0)
    box = g.getbbox()
    return float(box[3]) if box else mm(40)


def _sign_after(sheets: list[Sheet], rng: random.Random, name: str, day: date, lines: list[str]) -> None:
    s = sheets[-1]
    y = _last_y(s) + mm(12)
    need = _f("serif", 12.5).size * 1.8 * (len(lines) + 1) + mm(10)
    if y + need > s.height - mm(30):
        sheets.append(Sheet())
        s, y = sheets[-1], mm(40)
    _end(s, rng, name, day, lines, y)


def _nation(p: Party) -> str:
    """兴庆 has a large Hui population: some parties are 回族."""
    return "回族" if p.id_number[-2] in "0369" else "汉族"


def _party(p: Party, role: str) -> str:
    if p.kind == "person":
        return f"{role}：{p.name}，{p.sex}，{p.born.year if p.born else 1980}年生，{_nation(p)}，住{p.address}，公民身份号码{p.id_number}。"
    return f"{role}：{p.name}，住所地{p.address}。统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"


# ------------------------------------------------------------------ court's own papers

def _notice_body(code: str, c: CaseCtx) -> list[tuple[str, str]]:
    a, r = c.applicant.name, c.respondent.name
    basis = f"{c.basis_court}{c.basis_number}"
    fee = c.extra["fee"]
    return {
        "acceptance_notice": [("f", f"{a}："), ("p", f"你（单位）申请执行{r}一案，经审查符合受理条件，本院已于{num_date(c.filed_on)}"
                              f"立案执行，案号为{c.number}。承办人{c.officer}，联系电话{c.court.phone}。"),
                              ("p", "请保持通讯畅通；发现被执行人财产线索的，请及时向本院书面提供。")],
        "payment_notice": [("f", f"{r}："), ("p", f"本院受理{a}申请执行你（单位）一案，依照《诉讼费用交纳办法》第十四条，应交纳"
                           f"申请执行费{money(fee)}，由你（单位）负担。请于收到本通知之日起七日内到本院诉讼服务中心或通过宁夏法院"
                           "电子缴费平台交纳。")],
        "enforcement_notice": [("f", f"{r}："), ("p", f"{basis}法律文书已经发生法律效力。申请执行人{a}于{num_date(c.filed_on)}"
                               f"向本院申请强制执行，本院依法立案。依照《中华人民共和国民事诉讼法》第二百四十七条、第二百五十二条规定，"
                               "责令你（单位）自收到本通知之日起立即履行下列义务："),
                               ("p", f"一、向申请执行人支付{money(c.amount)}及迟延履行期间的债务利息；"),
                               ("p", f"二、负担申请执行费{fee}元。"),
                               ("p", "逾期不履行的，本院将依法强制执行，并可将你（单位）纳入失信被执行人名单、限制高消费。")],
        "property_report_order": [("f", f"{r}："), ("p", f"本院在执行{a}与你（单位）{'买卖合同纠纷' if c.extra['story'] != 'loan' else '民间借贷纠纷'}"
                                  "一案中，依照《中华人民共和国民事诉讼法》第二百五十二条规定，责令你（单位）在收到本令后五日内，"
                                  "如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
                                  ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。")],
        "closing_notice": [("f", f"{a}、{r}："), ("p", f"本院执行的{a}申请执行{r}一案，执行依据为{basis}。被执行人已于"
                           f"{num_date(c.extra['pay_day'])}将执行款{c.amount:,.2f}元交至本院执行款专户，本院已发放申请执行人。"),
                           ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条规定，本案执行完毕，予以结案。")],
        "assistance_notice": [("f", f"{c.extra['resp_bank']}："), ("p", f"关于{a}申请执行{r}一案，依照《中华人民共和国民事诉讼法》"
                              f"第二百五十三条规定，请协助冻结被执行人{r}（{c.respondent.id_number}）在你行开立账户内的存款"
                              f"{c.amount:,.2f}元，冻结期限一年。"), ("f", "附：执行裁定书一份")],
    }[code]


def _court_paper(code: str, c: CaseCtx, rng: random.Random, day: date) -> list[Sheet]:
    title = TITLES[code]
    num = c.number if code != "enforcement_ruling" else c.number.replace("号", "号之一")

    def head(s: Sheet) -> float:
        y = _court_head(s, title)
        s.right(s.width - mm(26), y, num, _f("serif", 12.5))
        return y + mm(14)

    if code == "enforcement_ruling":
        blocks: list[tuple[str, str]] = [("f", _party(c.applicant, "申请执行人")), ("f", _party(c.respondent, "被执行人")),
                                         ("p", f"本院在执行{c.basis_court}{c.basis_number}法律文书过程中，被执行人未按执行通知履行义务。"
                                          "依照《中华人民共和国民事诉讼法》第二百四十九条、第二百五十条、第二百五十三条规定，裁定如下："),
                                         ("p", f"冻结、划拨被执行人{c.respondent.name}名下银行存款{c.amount:,.2f}元，或查封、扣押、"
                                          "冻结其相应价值的其他财产。"), ("p", "本裁定立即执行。")]
        sheets = _pages(blocks, head, rng)
        _sign_after(sheets, rng, COURT, day, [f"审判长  {c.judge}", f"审判员  {c.extra['judge1']}", f"书记员  {c.clerk}"])
        return _number(sheets)
    sheets = _pages(_notice_body(code, c), head, rng)
    _sign_after(sheets, rng, COURT, day, [])
    if code == "enforcement_notice":
        sheets[-1].text(mm(26), sheets[-1].height - mm(22), f"承办人：{c.officer}  联系电话：{c.court.phone}", _f("serif", 10))
    if code in BACKED:
        sheets.append(_back(BACKED[code], c))
    return _number(sheets)


BACKS = {
    "rights": ("当事人权利义务告知书", ["一、当事人有权委托代理人，有权申请回避，有权查阅、复制本案有关材料。",
                                        "二、被执行人应当如实报告财产，不得隐匿、转移、变卖、毁损已被查封、扣押、冻结的财产。",
                                        "三、被执行人未按执行通知履行义务的，应当支付迟延履行期间的加倍债务利息或迟延履行金。",
                                        "四、当事人认为执行行为违反法律规定的，可以向本院提出书面异议。",
                                        "五、执行款请汇入本院执行款专户，切勿向承办人个人账户汇款，谨防诈骗。"]),
    "risk": ("执行风险提示", ["一、被执行人无财产可供执行的，申请执行人可能承担执行不能的风险。",
                              "二、被执行人拒不报告或虚假报告财产的，将被依法罚款、拘留，并纳入失信被执行人名单。",
                              "三、拒不执行判决、裁定情节严重的，可能构成拒不执行判决、裁定罪。",
                              "四、申请执行人应积极提供被执行人财产线索，配合法院执行。"]),
    "rcpt": ("填写说明", ["1. 受送达人应在送达回证上签名或盖章，并注明签收日期。",
                          "2. 受送达人拒绝签收的，送达人应邀请见证人到场，说明情况，把文书留在受送达人住所，并在回证上记明拒收事由和日期。",
                          "3. 代收人应注明与受送达人的关系。",
                          "4. 邮寄送达的，以回执上注明的收件日期为送达日期。"]),
    "fee": ("说    明", ["一、本通知书所列款项，请持本通知书到指定银行网点或通过电子缴费平台交纳。",
                         "二、交款后请妥善保管缴款凭证，并将复印件交承办人入卷。",
                         "三、逾期未交纳的，本院将在执行中一并强制扣划。",
                         "四、咨询电话：12368。"]),
}


class Back(Sheet):
    """The pre-printed back of a notice: the same paper as its front, the document's later page."""


def _back(kind: str, c: CaseCtx) -> Sheet:
    """The pre-printed back of a notice on the bureau's duplex stock: smaller type, a box around it."""
    s = Back()
    title, items = BACKS[kind]
    f = _f("sans", 10.5)
    s.centred(mm(30), title, _f("sans_bold", 14), spacing=6)
    y: float = mm(45)
    for it in items:
        for part in wrap(it, f, A4[0] - mm(56)):
            s.text(mm(28), y, part, f)
            y += f.size * 1.7
        y += f.size * 0.4
    s.box(mm(22), mm(24), A4[0] - mm(22), y + mm(6), width=2)
    s.text(mm(28), y + mm(12), f"{c.court.name}  监督电话：{c.court.phone}", _f("sans", 9))
    return s


def _acceptance(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """受理案件通知书 with its 廉政监督卡, two A5 pages printed side by side on one landscape A4 sheet."""
    s = Sheet(size=LAND)
    half = LAND[0] // 2
    f = _f("serif", 10.5)
    for k in range(2):
        x0 = k * half
        s.centred(mm(18), COURT, _f("serif_bold", 13), x0=x0, x1=x0 + half)
        s.centred(mm(29), "受理案件通知书" if k == 0 else "廉政监督卡", _f("serif_bold", 17), spacing=mm(2), x0=x0, x1=x0 + half)
        if k == 0:
            s.right(x0 + half - mm(16), mm(43), c.number, f)
            blocks = _notice_body("acceptance_notice", c)
        else:
            blocks = [("p", "为加强执行工作廉政监督，如发现执行干警有吃拿卡要、违规会见当事人、泄露执行信息等行为，请及时举报。"),
                      ("f", f"承办人：{c.officer}    书记员：{c.clerk}"), ("f", "监督举报电话：0951-6021100"),
                      ("f", "当事人意见：________________________")]
        y = flow(s, blocks, f, x0=x0 + mm(16), width=half - mm(32), y=mm(52), line_height=f.size * 1.7, indent=2 * f.size)
        if k == 0:
            s.right(x0 + half - mm(18), y + mm(14), cn_date(c.filed_on), f)
            seal(s, x0 + half - mm(42), y + mm(16), COURT, rng, radius=mm(17))
    for yy in range(mm(8), LAND[1] - mm(8), 24):  # the dotted fold line between the halves
        s.line(half, yy, half, yy + 10, width=1, fill=(150, 150, 150))
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 in the bureau's grid, its back pre-printed with 填写说明."""
    s = Sheet()
    s.centred(mm(24), COURT, _f("serif_bold", 16), spacing=3)
    s.centred(mm(37), "送 达 回 证", _f("serif_bold", 22), spacing=mm(3))
    to = c.applicant if served == ["closing_notice"] and rng.random() < 0.5 else c.respondent
    docs = "、".join(TITLES.get(x, x) for x in served)
    when = {"acceptance_notice": 3, "enforcement_notice": 4, "property_report_order": 4, "enforcement_ruling": 12,
            "closing_notice": 78}.get(served[0] if served else "", 10)
    f = _f("serif", 12)
    y = table(s, mm(20), mm(55), [mm(42), A4[0] - mm(82)],
              [["案    号", c.number], ["案    由", "申请执行"], ["送达文书名称及件数", f"{docs}（各一份）"],
               ["受送达人", to.name], ["送达地址", to.address], ["受送达人签名或盖章", ""], ["代收人及代收理由", ""],
               ["送达方式", rng.choice(["直接送达", "邮寄送达（EMS）", "留置送达"])], ["送达人", ""], ["备    注", ""]],
              f, row_h=[mm(14), mm(14), mm(20), mm(14), mm(20), mm(30), mm(18), mm(14), mm(16), mm(20)], centre_first=True)
    day = c.day(when + rng.randint(0, 3))
    hand(s, mm(75), mm(55) + mm(84), to.legal_rep or to.name, rng, size=52, ink=INK)
    hand(s, mm(135), mm(55) + mm(100), num_date(day), rng, size=38, ink=INK)
    hand(s, mm(75), mm(55) + mm(147), f"{c.officer}  {c.clerk}", rng, size=40, ink=INK)
    s.right(A4[0] - mm(25), y + mm(10), f"签发人：{c.judge}", _f("serif", 11))
    seal(s, A4[0] - mm(55), y + mm(16), COURT, rng, radius=mm(18))
    return [s, _back("rcpt", c)]


def _cover(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = _f("hei", 14)
    if code == "dossier_cover":
        s.centred(mm(40), COURT, _f("hei", 20), spacing=5)
        s.centred(mm(62), "执 行 案 件 卷 宗", _f("hei", 30), spacing=mm(4))
        s.centred(mm(82), "（正卷）", f)
        rows = [["案号", c.number], ["案由", "申请执行"], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
                ["执行依据", f"{c.basis_court}{c.basis_number}"], ["立案日期", num_date(c.filed_on)],
                ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"], ["承办人", c.officer],
                ["归档日期", num_date(c.closed_on + timedelta(days=20))], ["保管期限", "长期"]]
        table(s, mm(25), mm(100), [mm(45), A4[0] - mm(95)], rows, f, row_h=mm(15), centre_first=True)
        return [s]
    if code == "catalogue":
        s.centred(mm(28), "卷 内 目 录", _f("hei", 22), spacing=mm(3))
        s.text(mm(20), mm(42), f"案号：{c.number}", _f("hei", 11))
        names = ["执行申请书", "执行依据及生效证明", "财产线索", "收费票据", "身份证明材料", "授权委托书、所函、律师执业证",
                 "收款账户确认书", "送达地址确认书", "受理案件通知书", "缴纳执行费通知书", "执行通知书", "报告财产令", "财产申报表",
                 "网络查控结果", "执行裁定书", "协助执行通知书", "和解协议", "案款发放凭证", "结案通知书", "结案审批表", "送达回证",
                 "归档审查表", "备考表"]
        rows = [["序号", "文件名称", "页号"]]
        p = 1
        for i, n in enumerate(names):
            rows.append([str(i + 1), n, str(p)])
            p += rng.randint(1, 3)
        table(s, mm(18), mm(52), [mm(20), mm(125), mm(28)], rows, _f("song_gb", 11), row_h=mm(9.2), centre_first=True)
        return [s]
    if code == "file_review_form":
        s.centred(mm(30), "执行案件归档审查表", _f("hei", 20), spacing=4)
        rows = [["案号", c.number], ["承办人", c.officer], ["卷宗材料是否齐全", ""], ["文书送达是否完备", ""],
                ["案款是否发放完毕", ""], ["审查意见", ""], ["审查人", ""]]
        table(s, mm(22), mm(48), [mm(55), A4[0] - mm(99)], rows, f, row_h=[mm(14)] * 5 + [mm(40), mm(16)],
              centre_first=True)
        for k, t in enumerate(["齐全", "完备", "已发放"]):
            hand(s, mm(85), mm(48) + mm(14) * (2 + k) + mm(2), t, rng, size=40, ink=INK)
        hand(s, mm(85), mm(48) + mm(70) + mm(8), "材料齐全，同意归档。", rng, size=42, ink=INK)
        hand(s, mm(85), mm(48) + mm(110) + mm(3), person_name(rng), rng, size=42, ink=INK)
        return [s]
    s.centred(mm(30), "备 考 表", _f("hei", 22), spacing=mm(3))
    s.box(mm(22), mm(48), A4[0] - mm(22), A4[1] - mm(40))
    s.text(mm(30), mm(56), f"本卷共     件，     页。案号：{c.number}", f)
    hand(s, mm(52), mm(54), str(rng.randint(21, 28)), rng, size=40, ink=INK)
    hand(s, mm(84), mm(54), str(rng.randint(44, 70)), rng, size=40, ink=INK)
    s.text(mm(30), A4[1] - mm(70), "立卷人：            检查人：", f)
    s.text(mm(30), A4[1] - mm(58), f"立卷时间：{num_date(c.closed_on + timedelta(days=18))}", f)
    hand(s, mm(55), A4[1] - mm(72), c.clerk, rng, size=40, ink=INK)
    return [s]


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(24), COURT, _f("sans_bold", 14))
    s.centred(mm(36), "执行案件结案审批表", _f("sans_bold", 20), spacing=5)
    f = _f("sans", 11.5)
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行标的", f"{c.amount:,.2f}元", "实际到位", f"{c.amount:,.2f}元"],
            ["结案方式", "执行完毕", "结案日期", num_date(c.closed_on)], ["承办人意见", ""], ["执行长意见", ""]]
    table(s, mm(18), mm(52), [mm(32), mm(68), mm(30), mm(44)], rows, f, row_h=[mm(14)] * 5 + [mm(45), mm(40)])
    hand(s, mm(55), mm(52) + mm(72), "被执行人已全部履行，建议以执行完毕结案。", rng, size=38, ink=INK)
    hand(s, mm(120), mm(52) + mm(102), c.officer, rng, size=40, ink=INK)
    hand(s, mm(55), mm(52) + mm(117), "同意。", rng, size=44, ink=INK)
    hand(s, mm(120), mm(52) + mm(145), c.judge, rng, size=40, ink=INK)
    return [s]


# ------------------------------------------------------------------ papers from elsewhere

def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    story = c.extra["story"]
    a, r = c.applicant, c.respondent
    if story == "goji":
        title, issuer, face = "民事判决书", MID, "serif"
        blocks = [("f", _party(r, "上诉人（原审被告）")), ("f", _party(a, "被上诉人（原审原告）")),
                  ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服宁夏回族自治区银川市兴庆区人民法院"
                   f"{c.extra['first']}民事判决，向本院提起上诉。本院依法组成合议庭审理了本案，现已审理终结。"),
                  ("p", f"原审查明：双方签订《枸杞干果购销合同》，约定被上诉人供应{c.extra['goods']}，上诉人收货后三十日内付清货款。"
                   "被上诉人依约交货，上诉人以部分批次含水率超标为由拒付尾款。"),
                  ("p", "本院认为，上诉人收货时未提出质量异议，亦未在合理期间内通知被上诉人，应视为标的物质量符合约定。"
                   "上诉人的上诉请求不能成立，应予驳回。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
                  ("p", "驳回上诉，维持原判。"), ("p", f"原判：上诉人支付被上诉人货款{money(c.amount)}及逾期付款利息。"),
                  ("p", "二审案件受理费由上诉人负担。本判决为终审判决。")]
        sign = [f"审判长  {c.extra['judge1']}", f"审判员  {person_name(rng)}", f"审判员  {person_name(rng)}", f"书记员  {person_name(rng)}"]
    elif story == "wine":
        title, issuer, face = "裁  决  书", "银川仲裁委员会", "song_gb"
        blocks = [("f", _party(a, "申请人")), ("f", _party(r, "被申请人")),
                  ("p", f"本会根据申请人与被申请人签订的《葡萄酒供货合同》中的仲裁条款，受理了申请人提出的仲裁申请。仲裁庭于"
                   f"{num_date(c.basis_effective - timedelta(days=50))}在银川开庭审理，被申请人经合法通知未到庭。"),
                  ("p", f"经审理查明：申请人向被申请人旗下门店供应{c.extra['goods']}（酒店宴会及客房酒水用），被申请人"
                   "对账确认欠款后未付。"),
                  ("p", "仲裁庭认为，双方合同合法有效，被申请人应按对账单支付货款。依照《中华人民共和国仲裁法》第四十二条、"
                   "第五十四条规定，裁决如下："), ("p", f"一、被申请人向申请人支付货款{money(c.amount)}；"),
                  ("p", "二、仲裁费由被申请人承担。"), ("p", "本裁决为终局裁决，自作出之日起发生法律效力。")]
        sign = [f"首席仲裁员  {person_name(rng)}", f"仲裁员  {person_name(rng)}", f"仲裁员  {person_name(rng)}"]
    else:
        title, issuer, face = "民事调解书", COURT, "serif"
        blocks = [("f", _party(a, "原告")), ("f", _party(r, "被告")),
                  ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院立案后依法适用简易程序进行审理。"),
                  ("p", "经审理查明：被告经营家装工程，因工程周转向原告借款，出具借条并约定还款期限，到期未还。"),
                  ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
                  ("p", f"一、被告于调解书生效后三十日内偿还原告借款本金及利息共计{money(c.amount)}；"),
                  ("p", "二、被告逾期未履行的，原告可就全部未付款项申请强制执行。"),
                  ("p", "上述协议不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。")]
        sign = [f"审判员  {c.extra['judge1']}", f"书记员  {person_name(rng)}"]

    def head(s: Sheet) -> float:
        s.centred(mm(30), issuer, _f("serif_bold" if face == "serif" else "hei", 18), spacing=4)
        s.centred(mm(45), title, _f("serif_bold" if face == "serif" else "hei", 24), spacing=mm(2))
        s.right(s.width - mm(28), mm(62), c.basis_number, _f(face, 12.5))
        return mm(76)

    sheets = _pages(blocks, head, rng, face=face, pt=13, margin=28)
    _sign_after(sheets, rng, issuer, c.basis_effective - timedelta(days=rng.randint(15, 25)), sign)
    return _number(sheets, face)


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    issuer = c.basis_court
    s.centred(mm(40), issuer, _f("serif_bold", 17), spacing=3)
    s.centred(mm(56), "生 效 证 明 书", _f("serif_bold", 22), spacing=mm(2))
    f = _f("serif", 13)
    who = "本会" if c.basis_kind == "arbitration" else "本院"
    y = flow(s, [("p", f"{who}{c.basis_number}法律文书已于{num_date(c.basis_effective)}送达双方当事人，"
                 "现已发生法律效力。"), ("p", "特此证明。")], f, x0=mm(28), width=A4[0] - mm(56), y=mm(80),
             line_height=f.size * 1.8, indent=2 * f.size)
    _end(s, rng, issuer, c.basis_effective + timedelta(days=rng.randint(3, 12)), [], y + mm(30))
    return [s]


def _firm_head(s: Sheet, c: CaseCtx, title: str) -> float:
    s.text(mm(22), mm(16), c.firm, _f("hei", 16))
    s.right(A4[0] - mm(22), mm(20), "NINGXIA LAW FIRM", _f("sans", 9))
    s.line(mm(22), mm(27), A4[0] - mm(22), mm(27), width=4, fill=(130, 20, 30))
    s.centred(mm(40), title, _f("hei", 20), spacing=8)
    return mm(56)


def _lawyer(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    basis = f"{c.basis_court}{c.basis_number}"
    if code == "enforcement_application":
        blocks = [("f", _party(a, "申请执行人")), ("f", f"委托代理人：{c.agent}，{c.firm}律师。"), ("f", _party(r, "被执行人")),
                  ("f", "执行请求："), ("p", f"一、强制被执行人支付{money(c.amount)}及迟延履行期间的加倍债务利息；"),
                  ("p", "二、执行费用由被执行人承担。"), ("f", "事实与理由："),
                  ("p", f"申请人与被执行人纠纷一案，{basis}法律文书已发生法律效力，被执行人至今未履行。为此，特向贵院申请强制执行。"),
                  ("f", "此致"), ("f", "宁夏回族自治区银川市兴庆区人民法院")]
        sheets = _pages(blocks, lambda s: _firm_head(s, c, "强制执行申请书"), rng, face="sans", pt=12)
        _sign_after(sheets, rng, a.name, c.filed_on - timedelta(days=2), [f"申请人：{a.name}"])
        return _number(sheets, "sans")
    if code == "law_firm_letter":
        s = Sheet()
        y = _firm_head(s, c, "律 师 事 务 所 函")
        s.right(A4[0] - mm(22), y - mm(4), f"宁方律执字〔{c.filed_on.year}〕第{rng.randint(10, 99)}号", _f("sans", 11))
        f = _f("sans", 12.5)
        y = flow(s, [("f", "宁夏回族自治区银川市兴庆区人民法院："),
                     ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}执行一案的委托代理人。"),
                     ("p", f"特此函告。联系电话：{c.agent_phone}；地址：{c.extra['firm_addr']}。")], f, x0=mm(22),
                 width=A4[0] - mm(44), y=y + mm(8), line_height=f.size * 1.8, indent=2 * f.size)
        _end(s, rng, c.firm, c.filed_on - timedelta(days=3), [], y + mm(25))
        return [s]
    if code == "power_of_attorney":
        s = Sheet()
        s.centred(mm(30), "授 权 委 托 书", _f("hei", 22), spacing=6)
        rows = [["委托人", a.name], ["法定代表人", a.legal_rep or a.name], ["受托人", f"{c.agent}，{c.firm}律师"],
                ["代理事项", f"{a.name}申请执行{r.name}一案"], ["代理权限", "特别授权：代为申请执行、提供财产线索、参加执行和解、代收执行款"],
                ["委托期限", "至本案执行终结"]]
        y = table(s, mm(22), mm(48), [mm(38), A4[0] - mm(82)], rows, _f("sans", 12), row_h=[mm(15)] * 4 + [mm(26), mm(15)])
        s.text(mm(100), y + mm(20), "委托人（盖章）：", _f("sans", 12))
        seal(s, mm(150), y + mm(30), a.name, rng)
        hand(s, mm(100), y + mm(45), num_date(c.filed_on - timedelta(days=5)), rng, size=40, ink=INK)
        return [s]
    if code == "lawyer_license":
        s = Sheet()
        s.box(mm(30), mm(40), A4[0] - mm(30), mm(170), width=3)
        s.centred(mm(50), "中华人民共和国律师执业证", _f("serif_bold", 18), spacing=4)
        f = _f("sans", 12)
        for i, (k, v) in enumerate([("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["lic_no"]),
                                    ("法律职业资格证号", f"A2013{rng.randint(10**10, 10**11 - 1)}"), ("持证人", c.agent),
                                    ("发证机关", "宁夏回族自治区司法厅")]):
            s.text(mm(80), mm(72) + i * mm(13), f"{k}：{v}", f)
        s.box(mm(40), mm(72), mm(72), mm(112), width=2)
        s.text(mm(43), mm(88), "照片", f)
        seal(s, mm(150), mm(150), "宁夏回族自治区司法厅", rng, radius=mm(17))
        s.text(mm(30), mm(180), "复印件与原件一致", _f("kai", 13), fill=(60, 60, 60))
        return [s]
    # settlement_agreement
    blocks = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
              ("p", f"甲乙双方就{c.number}执行一案，经兴庆区人民法院组织，自愿达成和解如下："),
              ("p", f"一、乙方于{num_date(c.extra['pay_day'])}前将{c.amount:,.2f}元一次性汇入法院执行款专户；"),
              ("p", "二、乙方按约履行后，甲方放弃迟延履行期间的加倍债务利息；"),
              ("p", "三、乙方未按约履行的，甲方可申请恢复执行原生效法律文书。"), ("p", "本协议一式三份，双方各执一份，交法院一份入卷。")]
    def head(s: Sheet) -> float:
        s.centred(mm(34), "执 行 和 解 协 议", _f("sans_bold", 20))
        return mm(52)

    sheets = _pages(blocks, head, rng, face="sans", pt=12.5)
    s = sheets[-1]
    y = _last_y(s) + mm(15)
    s.text(mm(26), y, "甲方（签章）：", _f("sans", 12))
    s.text(mm(115), y, "乙方（签章）：", _f("sans", 12))
    hand(s, mm(26), y + mm(12), c.agent, rng, size=44, ink=INK)
    hand(s, mm(115), y + mm(12), r.legal_rep or r.name, rng, size=44, ink=INK)
    seal(s, mm(150), y + mm(14), r.name, rng, radius=mm(18))
    s.text(mm(115), y + mm(30), num_date(c.day(30)), _f("sans", 12))
    return sheets


def _hand_form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The parties' forms, printed by the court and filled in by hand."""
    s = Sheet()
    a, r = c.applicant, c.respondent
    who = r if code == "property_declaration_form" else a
    title = {"property_clue_form": "被执行人财产线索提供表", "payment_account_confirmation": "执行案款收款账户确认书",
             "service_address_confirmation": "当事人送达地址确认书", "property_declaration_form": "被执行人财产申报表"}[code]
    s.centred(mm(22), COURT, _f("song_gb", 14))
    s.centred(mm(33), title, _f("serif_bold", 19), spacing=4)
    s.text(mm(18), mm(48), f"案号：{c.number}", _f("song_gb", 11))
    lab: list[tuple[str, str]] = {
        "property_clue_form": [("被执行人", r.name), ("银行账户", f"{c.extra['resp_bank']} 基本户"),
                               ("不动产", "兴庆区商铺一间（银川市不动产登记中心可查）"), ("车辆", "宁A·" + f"{rng.randint(10000, 99999)}"),
                               ("其他线索", "对下游客户有应收货款"), ("提供人", c.agent)],
        "payment_account_confirmation": [("收款人", a.name), ("开户行", c.extra["acct_bank"]), ("账号", c.extra["acct"]),
                                         ("联系人", c.agent), ("联系电话", c.agent_phone), ("确认人签章", "")],
        "service_address_confirmation": [("受送达人", who.name), ("送达地址", who.address), ("邮政编码", "750001"),
                                         ("手机号码", who.phone), ("是否同意电子送达", "同意，微信/短信"), ("受送达人签名", "")],
        "property_declaration_form": [("申报人", r.name), ("银行存款", f"{c.extra['resp_bank']}，余额约{rng.randint(2, 90)}万元"),
                                      ("不动产", "无" if c.extra["story"] != "loan" else "兴庆区住宅一套（有按揭，公积金贷款）"),
                                      ("车辆", "无"), ("应收款项", "有，对客户货款未收回"), ("申报人签名", "")]}[code]
    f = _f("song_gb", 12)
    x0, y0 = mm(18), mm(56)
    table(s, x0, y0, [mm(45), A4[0] - mm(81)], [[k, ""] for k, _ in lab], f, row_h=mm(22), centre_first=True)
    for i, (_, v) in enumerate(lab):
        val = v or (who.legal_rep or who.name)
        hand(s, x0 + mm(50), y0 + i * mm(22) + mm(6), val[:22], rng, size=40)
    note = "本人保证以上内容真实。如地址变更，及时书面告知法院；未告知的，按上述地址送达即视为送达。"
    flow(s, [("p", note)], _f("song_gb", 10.5), x0=x0, width=A4[0] - mm(36), y=y0 + len(lab) * mm(22) + mm(8),
         line_height=mm(6), indent=mm(8))
    hand(s, mm(120), y0 + len(lab) * mm(22) + mm(30), num_date(c.day(rng.randint(0, 8))), rng, size=38)
    return [s]


def _id(c: CaseCtx, rng: random.Random, note: str) -> list[Sheet]:
    p = c.respondent if note == "respondent" else c.applicant
    s = Sheet()
    if p.kind == "organisation" and note == "respondent":
        s.text(mm(12), mm(10), "国家企业信用信息公示系统", _f("microhei", 16), fill=(20, 70, 150))
        s.right(A4[0] - mm(12), mm(12), f"打印时间：{num_date(c.filed_on - timedelta(days=4))} 10:{rng.randint(10, 59)}",
                _f("microhei", 9))
        s.line(mm(12), mm(20), A4[0] - mm(12), mm(20), width=3, fill=(20, 70, 150))
        s.text(mm(15), mm(26), p.name, _f("microhei", 15))
        s.text(mm(15), mm(36), "存续（在营、开业、在册）", _f("microhei", 10), fill=(30, 130, 60))
        rows = [["统一社会信用代码", p.id_number, "企业名称", p.name], ["类型", "有限责任公司(自然人投资或控股)", "法定代表人", p.legal_rep],
                ["注册资本", f"{rng.choice([100, 200, 500])}万元人民币", "成立日期", f"{rng.randint(2009, 2020)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"],
                ["登记机关", "银川市兴庆区市场监督管理局", "核准日期", f"{c.filed_on.year - 1}-11-0{rng.randint(1, 9)}"],
                ["住所", p.address]]
        table(s, mm(12), mm(46), [mm(36), mm(58), mm(28), mm(64)], rows, _f("microhei", 9), row_h=mm(16))
        s.text(mm(12), A4[1] - mm(14), "https://www.gsxt.gov.cn    1/1", _f("microhei", 8))
        return [s]
    if p.kind == "organisation":
        s.box(mm(20), mm(25), A4[0] - mm(20), mm(230), width=6, outline=(170, 120, 40))
        s.centred(mm(45), "营 业 执 照", _f("serif_bold", 28), spacing=mm(3))
        s.centred(mm(62), "（副  本）", _f("serif", 13))
        f = _f("serif", 12)
        for i, (k, v) in enumerate([("统一社会信用代码", p.id_number), ("名称", p.name), ("类型", "有限责任公司"),
                                    ("法定代表人", p.legal_rep), ("住所", p.address), ("成立日期", f"{rng.randint(2008, 2019)}年5月12日")]):
            s.text(mm(35), mm(82) + i * mm(15), f"{k}    {v}", f)
        s.text(mm(120), mm(185), "登记机关", f)
        seal(s, mm(150), mm(195), "银川市市场监督管理局", rng, radius=mm(17))
        s.text(mm(35), mm(245), "与原件核对一致", _f("kai", 14))
        return [s]
    s.box(mm(45), mm(40), mm(45) + mm(86), mm(40) + mm(54), width=2)
    f = _f("hei", 10)
    for i, t in enumerate([f"姓名 {p.name}", f"性别 {p.sex}   民族 {_nation(p)[:-1]}", f"出生 {num_date(p.born or date(1980, 1, 1))}",
                           f"住址 {p.address[:14]}", f"公民身份号码 {p.id_number}"]):
        s.text(mm(50), mm(46) + i * mm(9), t, f)
    s.box(mm(45), mm(110), mm(131), mm(164), width=2)
    s.centred(mm(120), "中华人民共和国", _f("hei", 13), x0=mm(45), x1=mm(131))
    s.centred(mm(132), "居民身份证", _f("hei", 16), x0=mm(45), x1=mm(131))
    s.text(mm(50), mm(150), "签发机关 银川市公安局兴庆分局", f)
    hand(s, mm(60), mm(185), "此复印件仅供法院执行使用", rng, size=40)
    return [s]


def _bank(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    if code == "online_inquiry_result":
        s.text(mm(15), mm(15), "执行案件网络查控系统  查询结果反馈", _f("sans_bold", 15))
        s.text(mm(15), mm(25), f"案号：{c.number}  被查询人：{c.respondent.name}  证件号：{c.respondent.id_number}", _f("sans", 9))
        rows = [["反馈单位", "财产类型", "账号/权证号", "余额/情况", "反馈时间"]]
        units = ["宁夏银行", "宁夏黄河农村商业银行", "中国建设银行", "自然资源部（不动产）", "公安部（车辆）", "银川住房公积金管理中心"]
        for u in units:
            bal = f"{rng.randint(0, 600000) / 100:,.2f}" if "银行" in u else rng.choice(["无登记", "未查询到", "有记录"])
            rows.append([u, "存款" if "银行" in u else "其他", f"{rng.randint(10**11, 10**12 - 1)}" if "银行" in u else "—",
                         bal, num_date(c.day(9))])
        table(s, mm(12), mm(34), [mm(52), mm(20), mm(46), mm(30), mm(38)], rows, _f("sans", 9), row_h=mm(11))
        s.text(mm(15), A4[1] - mm(15), "打印人：" + c.officer, _f("sans", 8))
        return [s]
    if code == "fee_receipt":
        s.centred(mm(20), "宁夏回族自治区非税收入一般缴款书", _f("sans_bold", 15))
        rows = [["执收单位", COURT], ["缴款人", c.applicant.name], ["项目名称", "申请执行费（预交）"],
                ["金额", f"{c.extra['fee']:,.2f}元"], ["收款银行", "宁夏银行银川分行营业部"], ["票号", f"{rng.randint(10**9, 10**10 - 1)}"]]
        y = table(s, mm(15), mm(32), [mm(40), mm(140)], rows, _f("mono", 11), row_h=mm(12))
        seal(s, mm(150), y + mm(20), "宁夏银行银川分行", rng, radius=mm(15), inner="收讫")
        return [s]
    # payment_voucher: the court's finance office's 案款发放审批 and the bank's 转账凭证
    s.centred(mm(20), "中国建设银行  单位客户专用回单", _f("sans_bold", 14))
    rows = [["付款人", f"{COURT}执行款专户"], ["收款人", c.applicant.name], ["收款账号", c.extra["acct"]],
            ["收款行", c.extra["acct_bank"]], ["金额", money(c.amount)], ["用途", f"{c.number}案款发放"],
            ["交易日期", num_date(c.extra["pay_day"] + timedelta(days=6))]]
    y = table(s, mm(15), mm(30), [mm(35), mm(145)], rows, _f("mono", 10.5), row_h=mm(11))
    seal(s, mm(160), y + mm(8), "中国建设银行银川鼓楼支行", rng, radius=mm(14), inner="业务专用章")
    s.line(mm(5), y + mm(30), A4[0] - mm(5), y + mm(30), width=1, fill=(140, 140, 140))
    s.text(mm(15), y + mm(40), "经办：" + c.clerk + "    复核：" + c.judge + "    财务：" + person_name(rng), _f("sans", 11))
    return [s]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "acceptance_notice":
        return _acceptance(c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return _cover(code, c, rng)
    if code == "closing_approval_form":
        return _approval(c, rng)
    if code in ("enforcement_application", "law_firm_letter", "power_of_attorney", "lawyer_license", "settlement_agreement"):
        return _lawyer(code, c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _hand_form(code, c, rng)
    if code == "identity_proof":
        return _id(c, rng, served[0] if served else "")
    if code in ("online_inquiry_result", "fee_receipt", "payment_voucher"):
        return _bank(code, c, rng)
    if code in TITLES:
        days = {"payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2, "enforcement_ruling": 10,
                "assistance_notice": 11, "closing_notice": 75}
        return _court_paper(code, c, rng, c.day(days[code]))
    raise KeyError(code)


__all__ = ["CODES", "GOJI_SEQ", "LOAN_SEQ", "RED", "WINE_SEQ", "Back", "adopt_basis", "render"]
