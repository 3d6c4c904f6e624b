"""court_bo (湖北省武汉市江汉区人民法院, held out): a downtown 汉口 court — 汉正街 wholesale, 万松园 flats, food chains.
The bureau prints its own papers on security paper with a 底纹 (the court's name as tiled micro-text behind the
text) and stamps 正本/副本 in a corner; banks' slips and the 不动产 register's replies carry their own printed
backgrounds; parties write on plain paper. court_bo_capture scans them on a colour flatbed."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta
from decimal import Decimal
from functools import cache

from PIL import Image, ImageDraw

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
from dossier.corpus.draw import A4, RED, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import font

COURT = "湖北省武汉市江汉区人民法院"
CLOTH_SEQ, NOODLE_SEQ, LOAN_SEQ = 40112, 40347, 40585
LAW = "《中华人民共和国民事诉讼法》"
CODES = frozenset({
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "acceptance_notice", "payment_notice", "enforcement_notice",
    "property_report_order", "property_declaration_form", "online_inquiry_result", "enforcement_ruling",
    "assistance_notice", "settlement_agreement", "payment_voucher", "closing_notice", "closing_approval_form",
    "service_receipt", "effectiveness_certificate", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
TITLES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
          "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书",
          "assistance_notice": "协助执行通知书"}
Pattern = tuple[str, tuple[int, int, int], int]


def kind_of(sheet: Sheet) -> str:
    """Which paper a sheet was printed on: court (底纹 security paper), bank, registry or plain."""
    return str(getattr(sheet, "bo_paper", "plain"))


@cache
def _background(text: str, colour: tuple[int, int, int], angle: int) -> Image.Image:
    """A full A4 printed background: the issuer's name as tiled micro-text between guilloche waves (set at an
    angle on the banks' and the register's papers, level on the court's)."""
    side = int(math.hypot(*A4)) + 40 if angle else 0
    size = (side, side) if angle else A4
    img = Image.new("RGB", size, (255, 255, 255))
    d = ImageDraw.Draw(img)
    f = font("sans", 17)
    step = int(f.getlength(text)) + 26
    for row, y in enumerate(range(-40, size[1] + 40, 30)):
        for x in range(-step + (row % 2) * step // 2, size[0] + step, step):
            d.text((x, y), text, font=f, fill=colour)
    for k in range(0, size[1], 95):
        pts = [(x, k + 18 * math.sin(x / 41.0 + k) + 9 * math.sin(x / 13.0)) for x in range(0, size[0] + 8, 8)]
        d.line(pts, fill=colour, width=2)
    if not angle:
        return img
    img = img.rotate(angle, fillcolor=(255, 255, 255))
    x0, y0 = (side - A4[0]) // 2, (side - A4[1]) // 2
    return img.crop((x0, y0, x0 + A4[0], y0 + A4[1]))


def paper(kind: str, pattern: Pattern | None = None) -> Sheet:
    """A fresh sheet of the given paper (its background printed, not recorded as text)."""
    s = Sheet()
    if pattern:
        s.image.paste(_background(*pattern))
    s.bo_paper = kind  # type: ignore[attr-defined]
    return s


COURT_PAPER: Pattern = ("武汉市江汉区人民法院", (236, 218, 210), 0)
BANK_PAPER: Pattern = ("HANKOU BANK 汉口银行", (214, 228, 242), 28)
REG_PAPER: Pattern = ("武汉市不动产登记中心", (216, 236, 220), -22)


def stamp_box(s: Sheet, x: float, y: float, words: list[str], rng: random.Random, *, size: int = 40) -> None:
    """A red rectangular ink stamp (正本, 副本, 此件与原件核对无误): recorded as printed text."""
    f = font("hei", size)
    w = max(f.getlength(t) for t in words) + 30
    h = len(words) * (size + 10) + 20
    layer = Image.new("RGBA", (int(w) + 8, int(h) + 8), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    ink = (RED[0] - rng.randint(0, 30), 40, 50, rng.randint(170, 230))
    d.rectangle((2, 2, w, h), outline=ink, width=5)
    for i, t in enumerate(words):
        d.text(((w - f.getlength(t)) / 2, 12 + i * (size + 10)), t, font=f, fill=ink)
        s.lines.append(t)
    layer = layer.rotate(rng.uniform(-4, 4), expand=True, resample=Image.Resampling.BICUBIC)
    s.image.paste(layer, (int(x), int(y)), layer)


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """江汉 parties. CLOTH: a 绍兴 fabric mill's 武汉中院 二审 judgment against a 汉正街 clothing wholesaler, paid from
    its 汉口银行 account; NOODLE: a 热干面 brand's 武汉仲裁委员会 award of franchise fees against a 常青花园 franchisee
    (archived); LOAN: 湖北银行's 金融借款 调解书 of this court against a 万松园 flat owner, paid after the flat was sealed."""
    seq = int(c.number.split("执")[-1].rstrip("号"))
    story = {CLOTH_SEQ: "cloth", NOODLE_SEQ: "noodle"}.get(seq, "loan")
    c.extra["story"] = story
    c.firm = rng.choice(["湖北江汉明律律师事务所", "湖北楚天汉商律师事务所", "湖北晴川立信律师事务所"])
    c.extra["firm_addr"] = f"武汉市江汉区{rng.choice(['建设大道', '新华路', '青年路'])}{rng.randint(300, 900)}号"
    c.extra["lic_no"] = f"14201{rng.randint(2008, 2019)}1{rng.randint(1000000, 9999999)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 50))
    c.extra["resp_bank"] = rng.choice(["汉口银行江汉支行", "汉口银行万松园支行"])
    c.extra["resp_acct"] = f"0011{rng.randint(10**11, 10**12 - 1)}"
    c.extra["app_bank"] = rng.choice(["中国建设银行武汉江汉支行", "招商银行武汉分行营业部"])
    c.extra["app_acct"] = f"4200{rng.randint(10**15, 10**16 - 1)}"
    c.extra["paid_on"] = c.day(rng.randint(38, 52))
    c.extra["voucher_no"] = f"JH{c.filed_on.year}{rng.randint(100000, 999999)}"
    lr = person_name(rng)
    if story == "cloth":
        c.applicant = Party(f"绍兴柯桥{rng.choice(['锦丰', '华纺', '恒润'])}纺织品有限公司", "organisation",
                            credit_code(rng, "330603"), f"浙江省绍兴市柯桥区{rng.choice(['柯北', '齐贤'])}工业园区"
                            f"{rng.randint(1, 80)}号", f"0575-8{rng.randint(4000000, 4999999)}", legal_rep=lr)
        c.respondent = Party(f"武汉{rng.choice(['汉正', '正街', '楚汉'])}{rng.choice(['衣尚', '锦程', '名鑫'])}服饰有限公司",
                             "organisation", credit_code(rng, "420103"), f"武汉市江汉区汉正街{rng.randint(1, 400)}号"
                             f"{rng.choice(['第一大道', '服装城'])}{rng.randint(1, 4)}楼{rng.randint(100, 480)}号",
                             f"027-8{rng.randint(5600000, 5899999)}", legal_rep=person_name(rng))
        c.basis_kind = "judgment"
        c.basis_court = "湖北省武汉市中级人民法院"
        c.basis_number = f"（{c.filed_on.year - 1}）鄂01民终{rng.randint(6000, 19999)}号"
        c.extra["first_number"] = f"（{c.filed_on.year - 2}）鄂0103民初{rng.randint(3000, 14999)}号"
        c.extra["cause"] = "买卖合同纠纷"
    elif story == "noodle":
        born = date(rng.randint(1975, 1994), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(f"武汉{rng.choice(['蔡林', '汉味', '老汉口'])}{rng.choice(['记', '坊'])}餐饮管理有限公司",
                            "organisation", credit_code(rng, "420103"), f"武汉市江汉区前进一路{rng.randint(10, 200)}号",
                            f"027-8{rng.randint(3600000, 3899999)}", legal_rep=lr)
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["420112", "421181", "420984"]), born),
                             f"武汉市东西湖区常青花园{rng.randint(1, 20)}小区{rng.randint(1, 30)}栋{rng.randint(101, 1802)}室",
                             f"15{rng.randint(100000000, 999999999)}", born=born, sex=rng.choice("男女"))
        c.basis_kind = "arbitration"
        c.basis_court = "武汉仲裁委员会"
        c.basis_number = f"（{c.filed_on.year - 1}）武仲裁字第{rng.randint(1000, 4999)}号"
        c.extra["cause"] = "特许经营合同纠纷"
        c.amount = Decimal(rng.randint(9000000, 26000000)) / 100
        c.extra["fee"] = Decimal(int(float(c.amount) * 0.01 + 50))
    else:
        born = date(rng.randint(1970, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party("湖北银行股份有限公司武汉江汉支行", "organisation", credit_code(rng, "420103"),
                            f"武汉市江汉区解放大道{rng.randint(600, 900)}号", f"027-8{rng.randint(5500000, 5599999)}",
                            legal_rep=lr)
        c.respondent = Party(person_name(rng), "person", id_number(rng, "420103", born),
                             f"武汉市江汉区万松园路{rng.randint(1, 120)}号{rng.randint(1, 12)}栋{rng.randint(1, 4)}单元"
                             f"{rng.randint(101, 1502)}室", f"13{rng.randint(100000000, 999999999)}", born=born,
                             sex=rng.choice("男女"))
        c.basis_kind = "mediation"
        c.basis_court = COURT
        c.basis_number = f"（{c.filed_on.year - 1}）鄂0103民初{rng.randint(5000, 16999)}号"
        c.extra["cause"] = "金融借款合同纠纷"
        c.extra["cert_no"] = f"鄂（{c.filed_on.year - 6}）武汉市不动产权第0{rng.randint(100000, 999999)}号"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 90))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in TITLES or code in ("effectiveness_certificate",):
        return _court(code, c, rng, served)
    if code in ("online_inquiry_result", "payment_voucher"):
        return _bank(code, c, rng, served)
    if code in ("property_declaration_form", "closing_approval_form", "dossier_cover", "catalogue",
                "file_review_form", "remarks_sheet", "service_receipt"):
        return _forms(code, c, rng, served)
    return _party(code, c, rng, served)


# ------------------------------------------------------------------ the bureau's own papers (security paper)
def _what(c: CaseCtx) -> str:
    return f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案"


def _basis_doc(c: CaseCtx) -> str:
    kind = {"judgment": "民事判决书", "arbitration": "裁决书", "mediation": "民事调解书"}[c.basis_kind]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _court(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    due = money(c.amount)
    if code == "effectiveness_certificate":
        return _arb_cert(c, rng)
    title = TITLES[code]
    to = a.name if code in ("acceptance_notice", "payment_notice", "closing_notice") else r.name
    head = c.number
    body: list[tuple[str, str]] = []
    if code == "acceptance_notice":
        body = [("f", f"{to}："),
                ("p", f"你单位申请执行{_what(c)}，执行依据为{_basis_doc(c)}。本院经审查认为符合立案条件，决定立案执行。"),
                ("p", f"案号：{c.number}；承办人：{c.officer}；联系电话：{c.court.phone}。请注意接听本院来电，及时提供被执行人"
                      "财产线索。可登录“湖北法院诉讼服务网”或拨打12368查询案件进展。")]
    elif code == "payment_notice":
        body = [("f", f"{to}："),
                ("p", f"你单位申请执行{_what(c)}，本院已立案。根据《诉讼费用交纳办法》第十四条规定，你单位应预交申请执行费"
                      f"人民币{c.extra['fee']}元，该费用最终由被执行人负担。"),
                ("p", "请于接到本通知之日起七日内通过湖北省非税收入电子缴款系统或到本院诉讼服务中心交纳；逾期不交的，按撤回"
                      "执行申请处理。")]
    elif code == "enforcement_notice":
        body = [("f", f"{to}："),
                ("p", f"{_basis_doc(c)}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}向本院申请强制执行，本院依法"
                      "立案。依照" + LAW + "第二百五十一条、第二百五十二条规定，责令你立即履行下列义务："),
                ("p", f"一、向申请执行人支付{due}；"),
                ("p", "二、加倍支付迟延履行期间的债务利息，负担申请执行费。"),
                ("p", "逾期不履行的，本院将依法强制执行，并可将你纳入失信被执行人名单、限制高消费。")]
    elif code == "property_report_order":
        body = [("f", f"{to}："),
                ("p", f"本院受理的{_what(c)}，你未按执行通知履行义务。依照{LAW}第二百五十二条规定，责令你在收到本令后五日内，"
                      "如实向本院报告当前以及收到执行通知之日前一年的财产情况（附财产申报表）。"),
                ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。")]
    elif code == "enforcement_ruling":
        what = ("冻结、划拨被执行人在" + c.extra["resp_bank"] + "账户内存款" if c.extra["story"] != "loan"
                else f"查封被执行人名下位于{r.address}的房产（{c.extra['cert_no']}）")
        body = [("f", f"申请执行人：{a.name}，住所地{a.address}。"),
                ("f", f"被执行人：{r.name}，住所地{r.address}。"),
                ("p", f"本院在执行{_what(c)}中，被执行人未按执行通知书履行义务。依照{LAW}第二百五十三条、第二百五十四条规定，"
                      "裁定如下："),
                ("p", f"{what}，以{due}及执行费用为限。"),
                ("p", "本裁定立即执行。")]
    elif code == "assistance_notice":
        to = (c.extra["resp_bank"] if c.extra["story"] != "loan" else "武汉市不动产登记中心江汉区分中心")
        what = (f"请协助冻结、扣划被执行人{r.name}在你行账号{c.extra['resp_acct']}内存款{due}。"
                if c.extra["story"] != "loan" else f"请协助查封被执行人{r.name}名下{r.address}房屋，查封期限三年。")
        body = [("f", f"{to}："), ("p", f"本院在执行{_what(c)}中，依照{LAW}第二百五十三条规定，{what}"),
                ("f", "附：执行裁定书一份")]
    elif code == "closing_notice":
        body = [("f", f"{to}："),
                ("p", f"本院执行的{_what(c)}，被执行人已于{cn_date(c.extra['paid_on'])}履行{_basis_doc(c)}确定的义务，执行款已"
                      f"汇至你单位指定账户。本案已执行完毕，本院于{cn_date(c.closed_on)}依法结案。"),
                ("p", "特此通知。")]
    sheets = _court_sheets(c, rng, title, head, body, ruling=code == "enforcement_ruling")
    return sheets


def _court_sheets(c: CaseCtx, rng: random.Random, title: str, number: str, body: list[tuple[str, str]], *,
                  ruling: bool) -> list[Sheet]:
    s = paper("court", COURT_PAPER)
    sheets = [s]
    f = font("serif", 40)
    s.centred(mm(24), COURT, font("serif_bold", 56), spacing=6)
    s.centred(mm(38), title, font("serif_bold", 64), spacing=18)
    s.right(s.width - mm(26), mm(54), number, font("serif", 38))
    corner = s.width - mm(52) if ruling or rng.random() < 0.6 else mm(14)
    stamp_box(s, corner, mm(8), [rng.choice(["正本", "副本"])], rng, size=54)

    def more() -> tuple[Sheet, float]:
        n = paper("court", COURT_PAPER)
        sheets.append(n)
        return n, mm(24)
    y = flow(s, body, f, x0=mm(28), width=s.width - mm(54), y=mm(66), line_height=66, indent=80,
             bottom=s.height - mm(60), more=more)
    last = sheets[-1]
    x = last.width - mm(95)
    signers = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)] if ruling else \
        [("执行员", c.officer), ("书记员", c.clerk)]
    y += 40
    for role, name in signers:
        last.text(x, y, f"{role}　　{name}", f)
        y += 58
    last.text(x, y + 10, cn_date(c.filed_on + timedelta(days=rng.randint(1, 20))), f)
    seal(last, x + mm(30), y - 20, COURT, rng)
    if rng.random() < 0.35:
        stamp_box(last, mm(26), y - 30, ["此件与原件", "核对无误"], rng, size=34)
    if title in ("受理案件通知书", "交纳执行费通知书") and y + mm(70) < last.height - mm(20):
        _slip(last, c, title, y + mm(40))
    for i, p in enumerate(sheets):
        if len(sheets) > 1:
            p.page_of = (i + 1, len(sheets))
            p.centred(p.height - mm(14), f"第{i + 1}页　共{len(sheets)}页", font("serif", 30))
    return sheets


def _slip(s: Sheet, c: CaseCtx, title: str, y: float) -> None:
    """The tear-off 回执 at the foot of a notice, below a dashed cut line."""
    for x in range(mm(16), s.width - mm(16), 28):
        s.line(x, y, x + 14, y, width=2)
    s.text(mm(18), y - 34, "（沿此线剪下）", font("serif", 24))
    f = font("serif", 32)
    s.centred(y + 20, "回　　执", font("serif_bold", 42))
    s.text(mm(28), y + 90, f"{c.number}《{title}》已收到。", f)
    s.text(mm(28), y + 150, "收件人（签名或盖章）：　　　　　　　　　年　　月　　日", f)


def _arb_cert(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """武汉仲裁委员会's 生效证明 (its own letterhead, plain paper)."""
    s = paper("plain")
    s.centred(mm(30), "武汉仲裁委员会", font("hei", 60), spacing=14, fill=RED)
    s.line(mm(22), mm(46), s.width - mm(22), mm(46), width=5, fill=RED)
    s.centred(mm(58), "裁决书生效证明", font("serif_bold", 60), spacing=8)
    s.right(s.width - mm(26), mm(74), f"武仲证字〔{c.filed_on.year}〕第{rng.randint(100, 999)}号", font("serif", 36))
    flow(s, [("f", f"{COURT}："),
             ("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}{c.extra['cause']}一案，本会于"
                   f"{cn_date(c.basis_effective)}作出{c.basis_number}裁决书。该裁决书自作出之日起发生法律效力。"),
             ("p", "特此证明。")], font("serif", 42), x0=mm(28), width=s.width - mm(56), y=mm(88), line_height=70,
         indent=84)
    s.text(s.width - mm(90), mm(170), "武汉仲裁委员会秘书处", font("serif", 40))
    s.text(s.width - mm(86), mm(182), cn_date(c.filed_on - timedelta(days=rng.randint(3, 12))), font("serif", 40))
    seal(s, s.width - mm(66), mm(170), "武汉仲裁委员会", rng)
    s.text(mm(28), s.height - mm(30), "地址：武汉市江岸区沿江大道  电话：027-82800000", font("sans", 28))
    return [s]


# ------------------------------------------------------------------ banks and the 不动产 register
def _bank(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    if code == "payment_voucher":
        s = paper("bank", ("中国建设银行 CHINA CONSTRUCTION BANK", (222, 230, 242), 35))
        s.text(mm(20), mm(22), "中国建设银行", font("hei", 52))
        s.centred(mm(36), "单位客户专用回单", font("sans_bold", 52), spacing=10)
        s.text(mm(20), mm(50), f"交易日期：{num_date(c.extra['paid_on'])}   凭证号：{c.extra['voucher_no']}",
               font("mono", 32))
        rows = [["付款人", f"{COURT}（执行款专户）", "收款人", c.applicant.name],
                ["账号", f"4205{rng.randint(10**15, 10**16 - 1)}", "账号", c.extra["app_acct"]],
                ["开户行", "中国建设银行武汉江汉支行", "开户行", c.extra["app_bank"]],
                ["金额（大写）", money_caps(c.amount), "小写", f"¥{c.amount:,.2f}"],
                ["用途", f"{c.number}执行款发放", "摘要", "案款退付"]]
        table(s, mm(20), mm(60), [mm(30), mm(64), mm(22), mm(54)], rows, font("sans", 30), row_h=mm(13))
        s.text(mm(20), mm(140), "本回单仅作为记账凭证，重复打印无效。", font("sans", 28))
        seal(s, s.width - mm(50), mm(128), "中国建设银行武汉江汉支行", rng, radius=mm(16), inner="业务专用章")
        return [s]
    # 查询结果: the 总对总 network inquiry printout, then the bank's or register's own reply
    s = paper("plain")
    s.centred(mm(20), "执行查控系统　网络查询反馈结果", font("sans_bold", 50))
    s.text(mm(16), mm(34), f"案号：{c.number}    被查询人：{r.name}    证照号码：{r.id_number}", font("sans", 28))
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈日期"]]
    units = [("汉口银行", "存款", f"账号{c.extra['resp_acct']} 余额{c.amount * Decimal('1.2'):.2f}元"),
             ("湖北银行", "存款", "无开户信息"), ("中国建设银行", "存款", "余额0.00元"),
             ("公安部交通管理局", "车辆", "未查询到登记车辆" if c.extra["story"] != "noodle" else "鄂A·" + str(rng.randint(10000, 99999))),
             ("武汉住房公积金管理中心", "公积金", "个人账户余额0.00元" if r.kind == "person" else "未开户"),
             ("自然资源部", "不动产", "有登记信息" if c.extra["story"] == "loan" else "无登记信息"),
             ("支付宝（中国）", "互联网资金", f"余额{rng.randint(0, 900)}.{rng.randint(10, 99)}元")]
    for i, (u, t, res) in enumerate(units):
        rows.append([str(i + 1), u, t, res, num_date(c.day(rng.randint(3, 8)))])
    table(s, mm(14), mm(44), [mm(14), mm(46), mm(24), mm(72), mm(26)], rows, font("sans", 26), row_h=mm(11))
    s.text(mm(16), s.height - mm(20), "打印时间：" + num_date(c.day(9)) + "　第1页共1页", font("sans", 26))
    reply = paper("registry", REG_PAPER) if c.extra["story"] == "loan" else paper("bank", BANK_PAPER)
    reply.starts_document = True
    if c.extra["story"] == "loan":
        reply.centred(mm(26), "不动产登记信息查询结果证明", font("serif_bold", 56))
        reply.text(mm(20), mm(42), f"查询单位：{COURT}    查询编号：WH{rng.randint(10**9, 10**10 - 1)}", font("serif", 32))
        rows = [["权利人", r.name, "证件号", r.id_number], ["坐落", r.address, "用途", "成套住宅"],
                ["不动产权证号", c.extra["cert_no"], "建筑面积", f"{rng.randint(70, 130)}.{rng.randint(10, 99)}㎡"],
                ["抵押情况", "无", "查封情况", "无"]]
        table(reply, mm(20), mm(54), [mm(30), mm(70), mm(26), mm(44)], rows, font("serif", 28), row_h=mm(14))
        reply.text(mm(20), mm(125), "以上信息以登记簿记载为准。", font("serif", 32))
        seal(reply, reply.width - mm(60), mm(150), "武汉市不动产登记中心", rng, inner="查询专用章")
    else:
        reply.centred(mm(26), "汉口银行协助查询存款回执", font("sans_bold", 54))
        rows = [["户名", r.name], ["账号", c.extra["resp_acct"]], ["开户网点", c.extra["resp_bank"]],
                ["账户余额", f"{c.amount * Decimal('1.2'):,.2f}元"], ["冻结情况", "无在先冻结"]]
        table(reply, mm(30), mm(46), [mm(40), mm(110)], rows, font("sans", 32), row_h=mm(14))
        reply.text(mm(30), mm(130), f"经办人：{person_name(rng)}    复核：{person_name(rng)}", font("sans", 32))
        seal(reply, reply.width - mm(60), mm(140), "汉口银行江汉支行", rng, inner="业务专用章")
    return [s, reply]


# ------------------------------------------------------------------ the clerk's forms
def _form_title(s: Sheet, title: str, c: CaseCtx) -> None:
    s.centred(mm(20), COURT, font("serif", 40))
    s.centred(mm(31), title, font("serif_bold", 58), spacing=12)


def _forms(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    f = font("serif", 32)
    if code == "service_receipt":
        s = paper("court", COURT_PAPER)
        _form_title(s, "送达回证", c)
        names = "、".join(TITLES.get(x, x) for x in served) or "法律文书"
        whom = a.name if "acceptance_notice" in served or "closing_notice" in served else r.name
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["受送达人", whom], ["送达文书", names],
                ["送达地址", a.address if whom == a.name else r.address], ["受送达人签收", ""], ["送达人", c.officer],
                ["备注", ""]]
        table(s, mm(22), mm(48), [mm(40), mm(126)], rows, f, row_h=mm(20))
        signature(s, mm(70), mm(48) + mm(20) * 5 + 20, person_name(rng) if whom != r.name or r.kind == "person" else
                  r.legal_rep, rng)
        hand(s, mm(120), mm(48) + mm(20) * 5 + 60, num_date(c.day(rng.randint(3, 12))), rng, size=36)
        seal(s, s.width - mm(50), mm(230), COURT, rng)
        return [s]
    s = paper("plain")
    if code == "property_declaration_form":
        s.centred(mm(22), "被执行人财产申报表", font("hei", 56))
        s.text(mm(20), mm(36), f"案号：{c.number}", f)
        rows = [["申报人", r.name, "证件号码", r.id_number], ["银行存款", "", "房产", ""], ["车辆", "", "股权", ""],
                ["收入情况", "", "其他", ""]]
        table(s, mm(18), mm(46), [mm(28), mm(58), mm(28), mm(60)], rows, f, row_h=mm(22))
        fills = [(f"{c.extra['resp_bank'][:4]}有存款", "无" if c.extra["story"] != "loan" else "万松园住房一套"),
                 ("无", "无"), (rng.choice(["月收入约六千元", "档口经营收入", "工资"]), "无")]
        for i, (left, right) in enumerate(fills):
            yy = mm(46) + mm(22) * (i + 1) + 40
            hand(s, mm(50), yy, left, rng, size=32)
            hand(s, mm(138), yy, right, rng, size=32)
        s.text(mm(20), mm(160), "本人保证以上申报内容真实、完整。申报人（签名/盖章）：", f)
        signature(s, mm(120), mm(168), r.legal_rep or r.name, rng)
        return [s]
    if code == "closing_approval_form":
        _form_title(s, "执行案件结案审批表", c)
        rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", a.name, "被执行人", r.name],
                ["执行标的", f"{c.amount:,.2f}元", "结案方式", "执行完毕"], ["承办人意见", "", "", ""],
                ["执行局长审批", "", "", ""]]
        table(s, mm(18), mm(48), [mm(32), mm(62), mm(28), mm(52)], rows, f, row_h=mm(26))
        hand(s, mm(54), mm(48) + mm(26) * 3 + 25, "已全部履行，建议以执行完毕结案。", rng, size=36)
        hand(s, mm(54), mm(48) + mm(26) * 4 + 25, f"同意。{num_date(c.closed_on)}", rng, size=36)
        return [s]
    if code == "dossier_cover":
        s.centred(mm(40), COURT, font("serif_bold", 60), spacing=10)
        s.centred(mm(62), "执 行 卷 宗", font("serif_bold", 96), spacing=20)
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", a.name], ["被执行人", r.name],
                ["承办人", c.officer], ["结案日期", num_date(c.closed_on)], ["归档日期", num_date(c.closed_on + timedelta(20))],
                ["保管期限", "长期"]]
        table(s, mm(30), mm(95), [mm(40), mm(110)], rows, font("serif", 38), row_h=mm(17))
        return [s]
    if code == "catalogue":
        s.centred(mm(24), "卷 内 目 录", font("serif_bold", 64), spacing=16)
        items = ["执行申请书", "执行依据", "生效证明书", "财产线索表", "身份证明", "授权委托书", "律师事务所函",
                 "受理案件通知书", "执行通知书", "报告财产令", "网络查控结果", "执行裁定书", "协助执行通知书",
                 "付款凭证", "结案通知书", "结案审批表", "送达回证", "备考表"]
        rows = [["序号", "文件名称", "页号"]] + [[str(i + 1), t, str(i * 2 + 1)] for i, t in enumerate(items)]
        table(s, mm(24), mm(44), [mm(20), mm(110), mm(30)], rows, font("serif", 32), row_h=mm(11.5))
        return [s]
    if code == "file_review_form":
        _form_title(s, "执行案件归档审查表", c)
        rows = [["案号", c.number], ["卷宗材料是否齐全", ""], ["文书是否规范", ""], ["装订是否符合要求", ""],
                ["审查人意见", ""], ["审查人", ""]]
        table(s, mm(22), mm(50), [mm(60), mm(106)], rows, f, row_h=mm(22))
        for i, t in enumerate(["齐全", "规范", "符合", "同意归档", person_name(rng)]):
            hand(s, mm(90), mm(50) + mm(22) * (i + 1) + 30, t, rng, size=38)
        return [s]
    s.centred(mm(26), "备 考 表", font("serif_bold", 64), spacing=20)
    s.box(mm(24), mm(46), s.width - mm(24), mm(240))
    flow(s, [("p", f"本卷共{rng.randint(60, 90)}页，其中文字材料{rng.randint(50, 60)}页，照片0张。卷内材料经核对齐全。")],
         f, x0=mm(30), width=s.width - mm(60), y=mm(56), line_height=56, indent=64)
    s.text(mm(30), mm(210), f"立卷人：{c.clerk}　　检查人：{c.officer}", f)
    s.text(mm(30), mm(224), f"立卷时间：{num_date(c.closed_on + timedelta(20))}", f)
    return [s]


# ------------------------------------------------------------------ parties' papers (plain paper)
def _party(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_bo_papers import party_paper
    return party_paper(code, c, rng, served)
