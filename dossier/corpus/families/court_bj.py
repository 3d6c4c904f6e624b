"""court_bj (上海市浦东新区人民法院, held out): a big-city court with an automated electronic dossier. Its own papers are
printed from the case system with red electronic seals (电子签章) and a 文书校验码; its service is electronic (电子送达
records printed from the platform). What reaches it comes from 上海一中院, 上海仲裁委员会, large 上海 law firms, banks
(招商银行, 浦发银行, 上海银行), the 不动产登记事务中心, the 公安 户籍 window, and parties' forms filled on screen."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image, ImageDraw

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
from dossier.corpus.draw import INK, RED, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import Font, font

COURT = "上海市浦东新区人民法院"
SUPPLIER_SEQ, LEASE_SEQ, LOAN_SEQ = 34117, 34268, 34435
LAW = "《中华人民共和国民事诉讼法》"
CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "acceptance_notice", "payment_notice", "enforcement_notice",
    "property_report_order", "property_declaration_form", "online_inquiry_result", "enforcement_ruling",
    "assistance_notice", "settlement_agreement", "payment_voucher", "closing_notice", "closing_approval_form",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
NAMES = {
    "enforcement_notice": "执行通知书", "property_report_order": "报告财产令", "acceptance_notice": "受理案件通知书",
    "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书", "payment_notice": "缴款通知书",
    "assistance_notice": "协助执行通知书",
}


def song(size: int) -> Font:
    return font("serif", size)


def e_seal(s: Sheet, cx: float, cy: float, name: str, *, r: float = 0.0) -> None:
    """The e-signature platform's seal: a perfect circle in flat red, no rotation, no fading, drawn over the text."""
    r = r or mm(20)
    size = int(2 * r + 8)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=max(5, int(r / 18)))
    pts = [(c + r * 0.2 * (1 if i % 2 == 0 else 0.38) * math.cos(math.radians(-90 + 36 * i)),
            c + r * 0.2 * (1 if i % 2 == 0 else 0.38) * math.sin(math.radians(-90 + 36 * i))) for i in range(10)]
    d.polygon(pts, fill=255)
    f = font("sans_bold", int(r * 0.25))
    span = min(240.0, 21.0 * len(name))
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / len(name)
        g = Image.new("L", (int(r * 0.36), int(r * 0.36)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
        layer.paste(255, (int(c + r * 0.76 * math.cos(math.radians(ang)) - g.width / 2),
                          int(c + r * 0.76 * math.sin(math.radians(ang)) - g.height / 2)), g)
    x, y = int(cx - c), int(cy - c)
    s.image.paste(Image.new("RGB", layer.size, RED), (x, y), layer.point(lambda v: int(v * 0.82)))


def footer(s: Sheet, k: int, n: int, rng: random.Random, *, code: str = "") -> None:
    f = song(22)
    s.centred(s.height - mm(14), f"第{k}页 共{n}页", f)
    if code:
        s.text(mm(22), s.height - mm(20), code, font("sans", 20))


def court_doc(c: CaseCtx, rng: random.Random, title: str, number: str, blocks: list[tuple[str, str]],
              *, signers: list[str], day: date, to: str = "") -> list[Sheet]:
    """The case system's printout: court name and title centred, number flush right, body in 仿宋-like serif,
    signers and the e-seal over the date, a 文书校验码 at the foot."""
    s = Sheet()
    sheets = [s]
    s.centred(mm(24), COURT, font("serif_bold", 46), spacing=6)
    s.centred(mm(38), title, font("serif_bold", 58), spacing=14)
    f = song(33)
    s.right(s.width - mm(26), mm(54), number, f)
    y: float = mm(66)
    if to:
        s.text(mm(26), y, f"{to}：", f)
        y += mm(9)

    def more() -> tuple[Sheet, float]:
        n = Sheet()
        sheets.append(n)
        return n, mm(26)

    y = flow(s, blocks, f, x0=mm(26), width=s.width - mm(52), y=y, line_height=mm(8.6), indent=66,
             bottom=s.height - mm(70), more=more)
    last = sheets[-1]
    for k, who in enumerate(signers):
        last.text(last.width - mm(92), y + mm(8) + k * mm(9), who, f)
    yd = y + mm(14) + len(signers) * mm(9)
    last.text(last.width - mm(92), yd, cn_date(day), f)
    e_seal(last, last.width - mm(68), yd, COURT)
    code = f"文书校验码：PD{day:%y%m%d}{rng.randint(10**7, 10**8 - 1)}"
    for k, sh in enumerate(sheets):
        footer(sh, k + 1, len(sheets), rng, code=code)
    return sheets


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """浦东 parties. SUPPLIER_SEQ: a 跨境电商 supplier against a 自贸区 online shop on a 上海一中院 二审 judgment;
    LEASE_SEQ: a 融资租赁 company on a 上海仲裁委员会 award (settled, paid, archived); LOAN_SEQ: 上海银行 on this court's
    金融借款 调解书 against a borrower."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["seq"] = seq
    c.firm = rng.choice(["上海申浦衡信律师事务所", "上海陆家嘴明理律师事务所", "上海市浦江正衡律师事务所"])
    c.extra["firm_addr"] = f"上海市浦东新区{rng.choice(['世纪大道', '银城中路', '陆家嘴环路'])}{rng.randint(8, 1600)}号" \
                           f"{rng.randint(12, 45)}层"
    c.extra["lic"] = f"1310120{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["bank"] = rng.choice(["招商银行上海陆家嘴支行", "上海浦东发展银行张江科技支行", "上海银行浦东分行营业部"])
    c.extra["acct"] = f"{rng.choice(['1219', '9801', '3100'])}{rng.randint(10**11, 10**12 - 1)}"
    c.extra["fee"] = (c.amount * Decimal("0.004") + 50).quantize(Decimal("1"))
    c.extra["paid_on"] = c.day(rng.randint(35, 55))
    c.extra["judge_trial"] = person_name(rng)
    road = rng.choice(["张杨路", "浦东南路", "金桥路", "锦绣路", "川沙路"])
    if seq == SUPPLIER_SEQ:
        c.extra["story"] = "supplier"
        c.applicant = Party(f"上海{rng.choice(['弘舶', '临港', '纬溯'])}供应链管理有限公司", "organisation",
                            credit_code(rng, "310115"), f"中国（上海）自由贸易试验区{road}{rng.randint(100, 999)}号",
                            f"021-5{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        c.respondent.name = f"上海{rng.choice(['跨洋优品', '海淘集', '全球购汇'])}电子商务有限公司"
        c.respondent.address = f"上海市浦东新区{rng.choice(['外高桥', '洋山', '康桥'])}镇{road}{rng.randint(10, 99)}弄" \
                               f"{rng.randint(1, 20)}号"
        c.respondent.phone = f"021-6{rng.randint(1000000, 9999999)}"
        c.basis_court = "上海市第一中级人民法院"
        c.basis_number = f"（{c.filed_on.year - 1}）沪01民终{rng.randint(1000, 19999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["first"] = f"（{c.filed_on.year - 2}）沪0115民初{rng.randint(10000, 99999)}号"
    elif seq == LEASE_SEQ:
        c.extra["story"] = "lease"
        c.applicant = Party(f"上海{rng.choice(['浦融', '张江', '东陆'])}融资租赁有限公司", "organisation",
                            credit_code(rng, "310115"), f"上海市浦东新区{rng.choice(['银城中路', '花园石桥路'])}"
                            f"{rng.randint(10, 200)}号{rng.randint(10, 40)}楼", f"021-6{rng.randint(1000000, 9999999)}",
                            legal_rep=person_name(rng))
        c.respondent.name = f"上海{rng.choice(['沪东通', '申川', '祥航'])}物流有限公司"
        c.respondent.address = f"上海市浦东新区{rng.choice(['航头镇', '惠南镇', '祝桥镇'])}{road}{rng.randint(100, 999)}号"
        c.basis_court = "上海仲裁委员会"
        c.basis_number = f"（{c.filed_on.year - 1}）沪仲案字第{rng.randint(1000, 6999)}号"
        c.extra["cause"] = "融资租赁合同纠纷"
    else:
        c.extra["story"] = "loan"
        c.applicant = Party("上海银行股份有限公司浦东分行", "organisation", credit_code(rng, "310115"),
                            f"上海市浦东新区{rng.choice(['东方路', '浦东大道'])}{rng.randint(100, 999)}号",
                            "021-68" + f"{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1970, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "310115", born),
                             f"上海市浦东新区{rng.choice(['三林镇', '北蔡镇', '周浦镇'])}{road}{rng.randint(100, 999)}弄"
                             f"{rng.randint(1, 40)}号{rng.randint(101, 1802)}室", f"139{rng.randint(10**7, 10**8 - 1)}",
                             born=born, sex=rng.choice("男女"))
        c.basis_court = COURT
        c.basis_number = f"（{c.filed_on.year - 1}）沪0115民初{rng.randint(10000, 99999)}号"
        c.extra["cause"] = "金融借款合同纠纷"


def _parties(c: CaseCtx) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    rows = [("f", f"申请执行人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。")]
    rows.append(("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"))
    if r.kind == "person":
        rows.append(("f", f"被执行人：{r.name}，{r.sex}，{num_date(r.born or date(1980, 1, 1))}出生，公民身份号码"
                          f"{r.id_number}，住{r.address}。"))
    else:
        rows += [("f", f"被执行人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。")]
    return rows


def _basis_words(c: CaseCtx) -> str:
    kind = {"supplier": "民事判决书", "lease": "裁决书", "loan": "民事调解书"}[c.extra["story"]]
    return f"{c.basis_court}{c.basis_number}{kind}"


def own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The court's own printouts."""
    a, r, amt = c.applicant, c.respondent, money(c.amount)
    sign = [f"执行员　{c.officer}", f"书记员　{c.clerk}"]
    if code == "acceptance_notice":
        return court_doc(c, rng, "受理案件通知书", c.number, [
            ("p", f"你（单位）与{r.name}{c.extra['cause']}一案，申请执行{_basis_words(c)}，本院经审查，符合立案条件，"
                  f"已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案由执行员{c.officer}承办，联系电话{c.court.phone}。你可通过上海移动微法院或12368诉讼服务热线查询"
                  "案件流程节点；本院送达文书优先采用电子送达方式，请保持送达地址确认书所留手机号码畅通。"),
            ("p", "特此通知。")], signers=[], day=c.day(1), to=a.name)
    if code == "payment_notice":
        return court_doc(c, rng, "缴款通知书", c.number, [
            ("p", f"本案申请执行费{money(c.extra['fee'])}，依照《诉讼费用交纳办法》第二十条之规定，由被执行人负担，"
                  "申请执行人已预交的，执行到位后从执行款中一并结算。"),
            ("p", "请于收到本通知之日起七日内通过上海法院网上缴费平台或至本院诉讼服务中心缴纳；逾期不缴的，本院将依法强制执行。"),
            ("f", f"收款单位：{COURT}　　开户行：中国农业银行上海浦东分行")], signers=[], day=c.day(2), to=r.name)
    if code == "enforcement_notice":
        return court_doc(c, rng, "执行通知书", c.number, [
            ("p", f"{_basis_words(c)}已发生法律效力。申请执行人{a.name}向本院申请强制执行，本院于{cn_date(c.filed_on)}"
                  f"依法立案。依照{LAW}第二百五十二条、第二百六十条之规定，责令你（单位）立即履行下列义务："),
            ("p", f"一、向申请执行人支付款项{amt}及迟延履行期间的债务利息；"),
            ("p", f"二、负担申请执行费{money(c.extra['fee'])}。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可采取限制消费、纳入失信被执行人名单等措施。")],
            signers=sign, day=c.day(3), to=r.name)
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", c.number, [
            ("p", f"本院受理的{a.name}申请执行你（单位）一案，因你（单位）未按执行通知履行义务，依照{LAW}第二百五十二条之规定，"
                  "责令你（单位）自收到本令之日起五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "报告内容包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备；"
                  "债权、股权、投资权益、基金份额；其他应当报告的财产。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，构成犯罪的依法追究刑事责任。")],
            signers=sign, day=c.day(3), to=r.name)
    if code == "enforcement_ruling":
        return court_doc(c, rng, "执行裁定书", c.number, [*_parties(c), (
            "p", f"本院在执行{a.name}与{r.name}{c.extra['cause']}一案中，被执行人未履行生效法律文书确定的义务。"
                 f"依照{LAW}第二百五十三条、第二百五十四条之规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}名下银行存款{amt}，或查封、扣押其相应价值的财产。"),
            ("p", "本裁定立即执行。")], signers=[f"审判长　{c.judge}", f"审判员　{c.officer}", f"书记员　{c.clerk}"],
            day=c.day(12))
    if code == "assistance_notice":
        return court_doc(c, rng, "协助执行通知书", c.number, [
            ("p", f"关于{a.name}与{r.name}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书已发生法律效力。依照{LAW}"
                  "第二百五十三条之规定，请协助执行下列事项："),
            ("p", f"冻结被执行人{r.name}（证件号码{r.id_number}）在你行开立的全部账户内存款，限额{amt}，"
                  "冻结期限一年。"),
            ("f", f"执行人员：{c.officer}　　电话：{c.court.phone}")], signers=[], day=c.day(12), to=c.extra["bank"])
    if code == "closing_notice":
        return court_doc(c, rng, "结案通知书", c.number, [
            ("p", f"本院执行的{a.name}与{r.name}{c.extra['cause']}一案，执行标的{amt}，已于{cn_date(c.extra['paid_on'])}"
                  "全部执行到位，案款已发放申请执行人。"),
            ("p", "依照最高人民法院《关于执行案件立案、结案若干问题的意见》第十五条之规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。")], signers=[], day=c.closed_on, to=a.name)
    raise KeyError(code)


def esend(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """A 送达回证 printed from the e-service platform: a table of the delivery and its read receipt."""
    s = Sheet()
    s.centred(mm(20), COURT, font("hei", 40))
    s.centred(mm(32), "送 达 回 证（电子送达）", font("hei", 54))
    f = font("sans", 28)
    docs = "、".join(NAMES.get(x, x) for x in served)
    to = c.respondent if "acceptance_notice" not in served and "closing_notice" not in served else c.applicant
    sent = c.day(1 if "acceptance_notice" in served else 4)
    rows = [["案号", c.number], ["送达文书", f"{docs}（{len(served)}份）"], ["受送达人", to.name],
            ["送达方式", "电子送达（上海法院一站式诉讼服务平台／短信链接）"],
            ["送达地址", f"手机号码 {to.phone if to.phone.startswith('1') else '1' + str(rng.randint(3 * 10**9, 9 * 10**9))}"],
            ["发送时间", f"{sent:%Y-%m-%d} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"],
            ["送达状态", "已送达（受送达人已点击阅读）"],
            ["阅读时间", f"{sent + timedelta(days=rng.randint(0, 2)):%Y-%m-%d} {rng.randint(8, 22):02d}:{rng.randint(10, 59)}"],
            ["送达人", f"{c.clerk}（系统自动生成）"], ["备注", "依据《中华人民共和国民事诉讼法》第九十条，到达受送达人特定系统之日为送达之日。"]]
    table(s, mm(22), mm(50), [mm(40), s.width - mm(84)], rows, f, row_h=[mm(16)] * 9 + [mm(24)], centre_first=True)
    s.text(mm(22), mm(230), f"打印时间：{sent + timedelta(days=3):%Y-%m-%d %H:%M}　打印人：{c.clerk}", font("sans", 22))
    e_seal(s, s.width - mm(60), mm(220), COURT)
    footer(s, 1, 1, rng)
    return [s]


def inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """总对总 网络查控 printout: a landscape-like wide table of every body's answer."""
    s = Sheet()
    s.text(mm(16), mm(14), "执行查控系统 · 网络查控结果", font("sans_bold", 40))
    f = font("sans", 22)
    s.text(mm(16), mm(26), f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}", f)
    s.text(mm(16), mm(33), f"查询发起：{c.day(5):%Y-%m-%d}　承办人：{c.officer}　查询批次：ZZ{c.day(5):%Y%m%d}{rng.randint(1000, 9999)}", f)
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "招商银行", "上海浦东发展银行", "上海银行",
             "上海农商银行", "兴业银行", "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司", "中国证券登记结算有限责任公司",
             "公安部车辆登记", "自然资源部不动产登记"]
    rows = [["序号", "协助单位", "反馈时间", "反馈结果", "金额（元）"]]
    hit = rng.randint(5, 8)
    for i, b in enumerate(banks):
        res = "有存款，已冻结" if i == hit else ("无财产" if i < 12 else "无登记信息")
        amt = f"{c.amount * Decimal('0.6'):,.2f}" if i == hit else ("0.00" if i < 12 else "—")
        rows.append([str(i + 1), b, f"{c.day(rng.randint(5, 8)):%Y-%m-%d}", res, amt])
    table(s, mm(16), mm(42), [mm(14), mm(66), mm(30), mm(38), mm(30)], rows, f, row_h=mm(11.5), pad=6)
    s.text(mm(16), s.height - mm(16), "本页由执行指挥中心查控系统自动生成，打印入卷", font("sans", 20))
    footer(s, 1, 1, rng)
    return [s]


def estate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 不动产登记事务中心's 点对点 answer, printed from its query terminal: a framed certificate-like sheet with its
    own seal, the register unit's number and the mortgage on the flat."""
    s = Sheet()
    r = c.respondent
    s.centred(mm(22), "上海市不动产登记簿信息查询结果", font("hei", 50))
    s.text(mm(20), mm(36), f"查询编号：{c.day(6):%Y}浦{rng.randint(10**6, 10**7 - 1)}　查询机关：{COURT}", font("hei", 24))
    unit = f"310115{rng.randint(100000, 999999)}GB{rng.randint(10000, 99999)}F{rng.randint(10**7, 10**8 - 1)}"
    rows = [["权利人", r.name], ["证件号码", r.id_number], ["不动产单元号", unit],
            ["坐落", r.address.replace("上海市", "")], ["用途／面积", f"住宅／{rng.randint(55, 140)}.{rng.randint(10, 99)}平方米"],
            ["抵押情况", f"已抵押（抵押权人：{c.applicant.name if c.extra.get('story') == 'loan' else '中国建设银行'}）"],
            ["查封情况", f"{c.number} 轮候查封"], ["异议登记", "无"]]
    table(s, mm(20), mm(46), [mm(44), s.width - mm(84)], rows, font("hei", 26), row_h=mm(15), centre_first=True)
    s.text(mm(20), mm(180), "注：本结果仅反映查询时点登记簿记载内容。", font("hei", 22))
    seal(s, s.width - mm(60), mm(200), "上海市浦东新区不动产登记事务中心", rng, radius=mm(19))
    s.text(s.width - mm(100), mm(222), f"{c.day(6):%Y年%m月%d日}", font("hei", 26))
    return [s]


def forms(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bureau's internal forms and the archive's pages."""
    s = Sheet()
    f = song(30)
    x0, w = mm(22), Sheet().width - mm(44)
    if code == "closing_approval_form":
        s.centred(mm(22), f"{COURT}", font("serif_bold", 40))
        s.centred(mm(34), "执行案件结案审批表", font("serif_bold", 52))
        rows = [["案号", c.number], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
                ["执行依据", _basis_words(c)], ["执行标的", f"{money(c.amount)}"],
                ["到位金额", f"{money(c.amount)}"], ["结案方式", "执行完毕"], ["承办人意见", ""],
                ["合议庭／审批意见", ""], ["局长审批", ""]]
        y = table(s, x0, mm(50), [mm(42), w - mm(42)], rows, f, row_h=[mm(14)] * 7 + [mm(34), mm(30), mm(26)],
                  centre_first=True)
        hand(s, x0 + mm(48), mm(50) + 7 * mm(14) + mm(8), "标的已全部执行到位，案款已发放，建议以执行完毕结案。", rng, size=36,
             ink=INK)
        signature(s, x0 + mm(120), mm(50) + 7 * mm(14) + mm(22), c.officer, rng)
        hand(s, x0 + mm(50), mm(50) + 7 * mm(14) + mm(42), "同意结案。", rng, size=38, ink=INK)
        signature(s, x0 + mm(120), y - mm(18), person_name(rng), rng)
    elif code == "dossier_cover":
        s.centred(mm(40), COURT, font("serif_bold", 56), spacing=8)
        s.centred(mm(62), "执 行 卷 宗", font("serif_bold", 96), spacing=20)
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["承办人", c.officer], ["立案日期", num_date(c.filed_on)],
                ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"], ["归档日期", num_date(c.closed_on + timedelta(days=40))],
                ["保管期限", "长期"], ["本卷共", "　　页"]]
        table(s, mm(30), mm(100), [mm(44), w - mm(60)], rows, f, row_h=mm(15), centre_first=True)
        s.text(mm(30), mm(275), f"全宗号 0115　目录号 {c.filed_on.year}-Z　案卷号 {c.extra['seq']}", song(26))
    elif code == "catalogue":
        s.centred(mm(22), "卷 内 目 录", font("serif_bold", 56), spacing=10)
        s.text(x0, mm(36), f"案号：{c.number}", song(26))
        items = ["执行申请书", "执行依据（裁决书）", "生效证明", "财产线索表", "诉讼费收据", "身份证明材料", "授权委托书、所函、律师证",
                 "收取案款确认书", "送达地址确认书", "受理案件通知书", "执行通知书、报告财产令", "网络查控结果", "执行裁定书",
                 "协助执行通知书", "和解协议", "案款发放凭证", "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
        rows = [["序号", "文件名称", "日期", "页号"]]
        p = 3
        for i, it in enumerate(items):
            rows.append([str(i + 1), it, f"{c.day(min(i * 3, 70)):%Y.%m.%d}", str(p)])
            p += rng.randint(1, 3)
        table(s, x0, mm(44), [mm(18), mm(96), mm(30), mm(22)], rows, song(24), row_h=mm(10.5), pad=6)
    elif code == "file_review_form":
        s.centred(mm(22), "执行卷宗归档复核表", font("serif_bold", 52))
        rows = [["案号", c.number], ["承办人", c.officer], ["书记员", c.clerk],
                ["电子卷宗同步生成", "☑ 已生成　□ 未生成"], ["纸质材料扫描", "☑ 已扫描并与电子卷宗核对一致"],
                ["文书签章", "☑ 电子签章完整"], ["送达材料", "☑ 齐全"], ["复核意见", ""], ["复核人／日期", ""]]
        table(s, x0, mm(40), [mm(50), w - mm(50)], rows, f, row_h=[mm(15)] * 7 + [mm(32), mm(18)], centre_first=True)
        hand(s, x0 + mm(56), mm(40) + 7 * mm(15) + mm(10), "材料齐全，同意归档。", rng, size=38, ink=INK)
        signature(s, x0 + mm(60), mm(40) + 7 * mm(15) + mm(34), person_name(rng), rng)
    else:  # remarks_sheet
        s.centred(mm(24), "卷 内 备 考 表", font("serif_bold", 56), spacing=10)
        s.box(x0, mm(44), x0 + w, mm(240))
        flow(s, [("p", f"本卷（{c.number}）共计文件{rng.randint(20, 24)}件，页数见卷内目录。电子卷宗已随案同步生成并经"
                       "扫描中心核对，纸质材料与电子卷宗一致。"), ("p", "卷内无缺损、无涂改。")],
             f, x0=x0 + mm(6), width=w - mm(12), y=mm(52), line_height=mm(9), indent=60)
        s.text(x0 + mm(90), mm(200), "立卷人：", f)
        signature(s, x0 + mm(120), mm(198), c.clerk, rng)
        s.text(x0 + mm(90), mm(216), "检查人：", f)
        signature(s, x0 + mm(120), mm(214), person_name(rng), rng)
    footer(s, 1, 1, rng)
    return [s]


from dossier.corpus.families.court_bj_papers import paper  # noqa: E402  (papers use the helpers above)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in NAMES:
        return own(code, c, rng, served)
    if code == "service_receipt":
        return esend(c, rng, served)
    if code == "online_inquiry_result":
        return estate(c, rng) if "estate" in served else inquiry(c, rng)
    if code in {"closing_approval_form", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet"}:
        return forms(code, c, rng)
    return paper(code, c, rng, served)


__all__ = ["CODES", "adopt_basis", "court_doc", "e_seal", "footer", "render", "seal", "song"]
