"""What court_i's dossiers receive from others: a lawyer's 强制执行申请书 and 所函 on the firm's letterhead,
an award of 杭州仲裁委员会 or a 民事调解书 of 杭州互联网法院 (with its 生效证明), the applicant's ID card front
and back on one sheet, the respondent's 营业执照 with its QR code, a 授权委托书 with a red fingerprint, the
lawyer's 执业证 opened flat (landscape), the 浙江省非税收入 electronic bill, a bank's 电子回单 of the case
money, the 网络执行查控 feedback (landscape) and a typed 执行和解协议."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families.court_i_kit import (
    GREY,
    SHORT,
    IDoc,
    basis_name,
    cause,
    e_seal,
    face,
    fingerprint,
    grid,
    mark,
    paper,
    pen,
    qr,
    typeset,
    wrap,
)

CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_voucher", "online_inquiry_result",
    "settlement_agreement",
})


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    respondent = "respondent" in served
    table = {
        "enforcement_application": lambda: application(c, rng),
        "enforcement_basis": lambda: basis(c, rng),
        "effectiveness_certificate": lambda: [effect(c, rng)],
        "fee_receipt": lambda: [fee(c, rng)],
        "identity_proof": lambda: [licence_copy(c, rng) if respondent else id_copy(c, rng)],
        "power_of_attorney": lambda: [attorney(c, rng)],
        "law_firm_letter": lambda: [firm_letter(c, rng)],
        "lawyer_license": lambda: [practising(c, rng)],
        "payment_voucher": lambda: [bank_slip(c, rng)],
        "online_inquiry_result": lambda: [inquiry(c, rng)],
        "settlement_agreement": lambda: settlement(c, rng),
    }
    return table[code]()


def _letterhead(s: Sheet, c: CaseCtx, rng: random.Random) -> float:
    """The firm's letterhead: a navy mark, the name in Chinese and English, a thin rule."""
    navy = (16, 42, 96)
    s.draw.rectangle((mm(22), mm(14), mm(34), mm(26)), fill=navy)
    s.text(mm(24.5), mm(15.5), c.firm[2], face("sys_bold", mm(7)), fill=(255, 255, 255), record=False)
    s.text(mm(38), mm(14), c.firm, face("sys_bold", mm(6)), fill=navy)
    s.text(mm(38), mm(22.5), "ZHEJIANG " + rng.choice(["ZHIJIANG", "XIHU MINGLI", "QIANTANG ZHENGHENG"]) + " LAW FIRM",
           face("sys", mm(3)), fill=navy, record=False)
    s.line(mm(22), mm(30), mm(190), mm(30), width=3, fill=navy)
    s.text(mm(22), mm(281), f"地址：杭州市西湖区黄龙路{rng.randint(1, 9)}号黄龙时代广场{rng.choice('ABC')}座　电话：0571-8{rng.randint(1000000, 9999999)}",
           face("sys", mm(3)), fill=GREY, record=False)
    return float(mm(42))


def _flow(s: Sheet, y: float, paragraphs: list[tuple[str, str]], size: float = 4.8) -> float:
    f = face("serif", mm(size))
    lead = mm(size) * 1.8
    for kind, text in paragraphs:
        if kind == "c":
            s.centred(y, text, face("sys_bold", mm(size * 1.6)))
            y += lead * 1.6
            continue
        indent = mm(size) * 2 if kind == "p" else 0
        for k, line in enumerate(wrap(text, f, mm(168), indent)):
            s.text(mm(22) + (indent if k == 0 else 0), y, line, f)
            y += lead
    return y


def application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = paper(rng)
    y = _letterhead(s, c, rng)
    y = _flow(s, y, [
        ("c", "强制执行申请书"),
        ("f", f"申请执行人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}，"
              f"公民身份号码{a.id_number}，联系电话{a.phone}。"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
        ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
        ("f", f"法定代表人：{r.legal_rep}，执行董事。"),
        ("f", "申请事项："),
        ("p", f"一、请求依法强制执行{basis_name(c)}，责令被执行人支付申请执行人{money(c.amount)}及迟延履行期间的债务利息；"),
        ("p", "二、请求对被执行人及其法定代表人采取限制高消费措施，并将被执行人纳入失信被执行人名单；"),
        ("p", "三、本案执行费用由被执行人负担。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{cause(c)}一案，{c.basis_court}于{cn_date(c.basis_effective)}作出{c.basis_number}"
              f"{'裁决书' if c.basis_kind == 'arbitration' else '民事调解书'}，该文书已发生法律效力。被执行人至今未履行，"
              "依照《中华人民共和国民事诉讼法》第二百四十七条等规定，特向贵院申请强制执行。"),
        ("f", "此致"), ("f", SHORT)])
    s.right(mm(186), y + mm(6), "申请执行人（签名）：", face("serif", mm(4.8)))
    pen(s, mm(150), y + mm(14), a.name, rng, size=mm(8))
    fingerprint(s, mm(170), y + mm(20), rng)
    s.right(mm(186), y + mm(30), cn_date(c.filed_on - timedelta(days=2)), face("serif", mm(4.8)))
    return [mark(s, kind=rng.choice(["grey", "bitonal"]))]


def basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if c.basis_kind == "arbitration":
        doc = IDoc("裁决书", [
            ("f", f"申请人：{a.name}，{a.sex}，住{a.address}。"),
            ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被申请人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"杭州仲裁委员会（以下简称本会）根据申请人与被申请人签订的合同中的仲裁条款及申请人的仲裁申请，受理了双方之间的"
                  f"{cause(c).removesuffix('纠纷')}争议仲裁案。本案适用《杭州仲裁委员会仲裁规则》规定的简易程序，由独任仲裁员"
                  f"{person_name(rng)}审理。仲裁庭于{cn_date(c.basis_effective - timedelta(days=40))}开庭审理，申请人的委托代理人到庭参加"
                  "庭审，被申请人经本会书面通知，无正当理由未到庭。本案现已审理终结。"),
            ("p", "仲裁庭认为，申请人与被申请人签订的合同系双方真实意思表示，合法有效。申请人已履行合同义务，被申请人未按约支付"
                  "款项，构成违约，应承担继续履行及赔偿损失的责任。"),
            ("p", "据此，依照《中华人民共和国民法典》第五百零九条、第五百七十七条及《中华人民共和国仲裁法》第四十二条第二款的规定，"
                  "裁决如下："),
            ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内支付申请人{a.name}{money(c.amount)}；"),
            ("p", "二、本案仲裁费由被申请人承担。"),
            ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
            ("gap", ""), ("r", f"独任仲裁员　{person_name(rng)}"), ("gap", ""),
            ("r", cn_date(c.basis_effective)), ("seal", ""), ("r", f"书　记　员　{person_name(rng)}")],
            c.basis_number, head="black", footer="of", number_at="right", title_spacing=8, issuer="杭州仲裁委员会")
        return typeset(doc, rng)
    doc = IDoc("民事调解书", [
        ("f", f"原告：{a.name}，{a.sex}，住{a.address}。"),
        ("f", f"被告：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}。"),
        ("p", f"原告{a.name}与被告{r.name}{cause(c)}一案，本院于{cn_date(c.basis_effective - timedelta(days=70))}立案后，"
              "依法适用小额诉讼程序，通过在线方式进行了审理。"),
        ("p", "本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}于{cn_date(c.basis_effective + timedelta(days=30))}前支付原告{a.name}{money(c.amount)}；"),
        ("p", "二、如被告未按期足额履行上述付款义务，原告有权就全部未付款项向人民法院申请强制执行；"),
        ("p", "三、案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人在线签收后，即具有法律效力。"),
        ("gap", ""), ("r", f"审判员　{person_name(rng)}"), ("gap", ""), ("r", cn_date(c.basis_effective)), ("seal", ""),
        ("r", f"书记员　{person_name(rng)}")], c.basis_number, head="qr", footer="of",
        url=f"https://www.netcourt.gov.cn/wsyz?code={rng.randint(10**11, 10**12 - 1)}", title_spacing=3, issuer="杭州互联网法院")
    return typeset(doc, rng)


def effect(c: CaseCtx, rng: random.Random) -> Sheet:
    s = paper(rng)
    body = (f"申请人{c.applicant.name}与被申请人{c.respondent.name}{cause(c)}一案，本会于{cn_date(c.basis_effective)}作出的"
            f"{c.basis_number}裁决书，已于{cn_date(c.basis_effective + timedelta(days=3))}送达双方当事人。该裁决为终局裁决，"
            "自作出之日起发生法律效力。" if c.basis_kind == "arbitration" else
            f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}{cause(c)}一案，本院作出的{c.basis_number}民事调解书，"
            f"已于{cn_date(c.basis_effective)}经双方当事人签收，发生法律效力。")
    who = "杭州仲裁委员会" if c.basis_kind == "arbitration" else "杭州互联网法院"
    s.centred(mm(40), who, face("title", mm(8)))
    s.centred(mm(56), "生效证明", face("title", mm(9)), spacing=mm(4))
    y = _flow(s, float(mm(80)), [("p", body), ("p", "特此证明。")], size=5)
    s.right(mm(184), y + mm(24), cn_date(c.filed_on - timedelta(days=5)), face("serif", mm(5)))
    e_seal(s, mm(158), y + mm(24), rng, name=who)
    return mark(s, kind="colour")


def fee(c: CaseCtx, rng: random.Random) -> Sheet:
    """浙江省非税收入统一票据（电子）, printed from the PDF: a grid, a QR code, the 财政 seal in red."""
    s = paper(rng, landscape=True)
    w = s.width
    s.centred(mm(14), "浙江省非税收入统一票据（电子）", face("sys_bold", mm(7)), fill=(150, 40, 30))
    qr(s, mm(14), mm(10), f"https://pjcy.zjzwfw.gov.cn/?no={rng.randint(10**9, 10**10 - 1)}", 24)
    f = face("sys", mm(3.6))
    s.text(mm(44), mm(28), f"票据代码：3301{rng.randint(1000, 9999)}　票据号码：{rng.randint(10**9, 10**10 - 1)}", f)
    s.text(mm(190), mm(28), f"开票日期：{c.filed_on.isoformat()}", f)
    amt = Decimal(int(c.amount) // 100 + 50)
    y = grid(s, mm(14), mm(38), [40, 80, 60, 88], [
        ["交款人", c.applicant.name, "交款人统一社会信用代码", c.applicant.id_number[:6] + "********" + c.applicant.id_number[-4:]],
        ["项目编码", "103040401", "项目名称", "申请执行费（案号" + c.number + "）"],
        ["数量", "1", "金额（元）", f"{amt:.2f}"],
        ["金额合计（大写）", money_caps(amt), "（小写）", f"{amt:.2f}"],
        ["备注", f"{SHORT} 执行收费", "校验码", f"{rng.randint(10**5, 10**6 - 1)}"]], size=3.8, row_h=12)
    s.text(mm(14), y + mm(6), f"收款单位（章）：{SHORT}　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f)
    e_seal(s, w - mm(60), y - mm(10), rng, name="浙江省财政厅", inner="票据监制章")
    return mark(s, kind="colour")


def id_copy(c: CaseCtx, rng: random.Random) -> Sheet:
    """A 居民身份证 copied front (portrait side) and back (national emblem side) side by side on one A4."""
    p = c.applicant
    s = paper(rng)
    w, h = mm(86), mm(54)
    for k in range(2):
        x, y = mm(18) + k * mm(90), mm(50)
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), fill=(214, 216, 218), outline=(90, 90, 90), width=2)
        if k == 0:
            f = face("sys", mm(2.9))
            for j, (label, value) in enumerate([("姓名", p.name), ("性别", f"{p.sex}　民族 汉"),
                                                ("出生", num_date(p.born) if p.born else ""),
                                                ("住址", p.address[:11]), ("", p.address[11:])]):
                s.text(x + mm(4), y + mm(5) + j * mm(7), label, face("sys", mm(2.6)), fill=(80, 80, 120))
                s.text(x + mm(14), y + mm(5) + j * mm(7), value, f)
            s.text(x + mm(4), y + mm(45), "公民身份号码", face("sys", mm(2.6)), fill=(80, 80, 120))
            s.text(x + mm(24), y + mm(44.5), p.id_number, face("sys", mm(3.4)))
            s.draw.rectangle((x + mm(60), y + mm(7), x + mm(82), y + mm(36)), fill=(120, 120, 125))
        else:
            s.draw.ellipse((x + mm(5), y + mm(5), x + mm(20), y + mm(20)), fill=(170, 60, 60))
            s.centred(y + mm(8), "中华人民共和国", face("sys_bold", mm(4.2)), x0=x + mm(18), x1=x + w)
            s.centred(y + mm(17), "居民身份证", face("sys_bold", mm(5.6)), x0=x + mm(18), x1=x + w)
            f = face("sys", mm(2.9))
            s.text(x + mm(10), y + mm(36), "签发机关　杭州市公安局西湖分局", f)
            s.text(x + mm(10), y + mm(43), f"有效期限　{(p.born.year + 38) if p.born else 2020}.03.17-长期", f)
    pen(s, mm(30), mm(120), "与原件核对一致，仅供西湖法院执行使用。", rng, size=mm(5.5))
    pen(s, mm(130), mm(134), p.name, rng, size=mm(7))
    return mark(s, kind=rng.choice(["colour", "grey"]))


def licence_copy(c: CaseCtx, rng: random.Random) -> Sheet:
    """The respondent's 营业执照 (副本) copied: the framed certificate with its QR code, 复印件 stamped."""
    r = c.respondent
    s = paper(rng)
    x0, y0, x1, y1 = mm(18), mm(22), mm(192), mm(200)
    s.box(x0, y0, x1, y1, width=6, outline=(150, 110, 60))
    s.box(x0 + mm(3), y0 + mm(3), x1 - mm(3), y1 - mm(3), width=2, outline=(150, 110, 60))
    s.centred(y0 + mm(16), "营 业 执 照", face("red", mm(11)))
    s.centred(y0 + mm(31), "（副　本）", face("sys", mm(4.5)))
    s.text(x0 + mm(8), y0 + mm(12), f"统一社会信用代码　{r.id_number}", face("sys", mm(3.3)))
    qr(s, x1 - mm(34), y0 + mm(9), f"https://www.gsxt.gov.cn/#{r.id_number}", 22)
    f = face("serif", mm(4))
    y = y0 + mm(48)
    for label, value in [("名　　称", r.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", r.legal_rep),
                         ("经营范围", "一般项目：技术服务、技术开发、技术咨询；软件开发；网络技术服务；互联网销售（除销售需要许可的商品）。"),
                         ("注册资本", f"{rng.choice([100, 200, 500, 1000])}万元人民币"),
                         ("成立日期", f"{rng.randint(2014, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
                         ("住　　所", r.address)]:
        lines = wrap(value, f, mm(120))
        s.text(x0 + mm(12), y, label, face("sys_bold", mm(4)))
        for line in lines:
            s.text(x0 + mm(40), y, line, f)
            y += mm(8)
    s.right(x1 - mm(12), y1 - mm(22), "登记机关　杭州市西湖区市场监督管理局", face("sys", mm(3.6)))
    e_seal(s, x1 - mm(40), y1 - mm(26), rng, name="杭州市西湖区市场监督管理局")
    s.text(mm(40), mm(222), "复印件", face("sys_bold", mm(16)), fill=(120, 120, 120), record=False)
    pen(s, mm(100), mm(228), "与原件一致　" + c.agent, rng, size=mm(5.5))
    return mark(s, kind=rng.choice(["grey", "bitonal"]))


def attorney(c: CaseCtx, rng: random.Random) -> Sheet:
    a = c.applicant
    s = paper(rng)
    s.centred(mm(30), "授权委托书", face("sys_bold", mm(8)))
    y = _flow(s, float(mm(52)), [
        ("f", f"委托人：{a.name}，{a.sex}，公民身份号码{a.id_number}，住{a.address}。"),
        ("f", f"受委托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
        ("p", f"现委托上列受委托人在我与{c.respondent.name}{cause(c)}执行一案中，作为我的委托代理人。"),
        ("p", "代理权限为：特别授权，代为申请执行、提供财产线索、申请采取执行措施、代为参加约谈及执行和解、代为签收法律文书、"
              "代为领取执行款、代为申请终结本次执行程序或撤回执行申请。"),
        ("p", "委托期限：自本委托书签署之日起至本案执行终结之日止。")], size=5)
    s.text(mm(110), y + mm(14), "委托人：", face("serif", mm(5)))
    pen(s, mm(132), y + mm(11), a.name, rng, size=mm(8))
    fingerprint(s, mm(150), y + mm(18), rng)
    s.right(mm(186), y + mm(34), cn_date(c.filed_on - timedelta(days=3)), face("serif", mm(5)))
    return mark(s, kind="colour")


def firm_letter(c: CaseCtx, rng: random.Random) -> Sheet:
    s = paper(rng)
    y = _letterhead(s, c, rng)
    s.right(mm(188), y, f"浙{rng.choice(['之江', '明理', '正衡'])}律执字〔{c.filed_on.year}〕第{rng.randint(10, 399)}号", face("serif", mm(4.4)))
    y = _flow(s, y + mm(12), [
        ("c", "律师事务所函"),
        ("f", f"{SHORT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{cause(c)}执行一案的委托代理人。"
              "特此函告。"),
        ("f", "附：授权委托书一份")], size=5)
    s.right(mm(184), y + mm(20), cn_date(c.filed_on - timedelta(days=3)), face("serif", mm(5)))
    e_seal(s, mm(156), y + mm(18), rng, name=c.firm)
    return mark(s, kind=rng.choice(["colour", "grey"]))


def practising(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 律师执业证 opened flat and copied: two pages side by side, a landscape sheet."""
    s = paper(rng, landscape=True)
    x, y, w, h = mm(30), mm(40), mm(115), mm(150)
    for k in range(2):
        xx = x + k * (w + mm(8))
        s.box(xx, y, xx + w, y + h, width=3, outline=(100, 80, 60))
    s.draw.rectangle((x + mm(10), y + mm(20), x + mm(45), y + mm(65)), fill=(150, 150, 155))
    f = face("serif", mm(4.2))
    yy = y + mm(80)
    for line in (f"姓　　名　{c.agent}", f"执业机构　{c.firm}", "执业证类别　专职", f"执业证号　1330120{rng.randint(10**9, 10**10 - 1)}",
                 f"法律职业资格证号　A{rng.randint(2008, 2020)}33{rng.randint(10**8, 10**9 - 1)}"):
        s.text(x + mm(8), yy, line, f)
        yy += mm(10)
    xx = x + w + mm(8)
    s.centred(y + mm(30), "律师执业证", face("sys_bold", mm(9)), x0=xx, x1=xx + w)
    s.centred(y + mm(50), "中华人民共和国司法部监制", face("sys", mm(4)), x0=xx, x1=xx + w)
    s.text(xx + mm(10), y + mm(90), "发证机关　浙江省司法厅", f)
    s.text(xx + mm(10), y + mm(102), f"发证日期　{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    e_seal(s, xx + mm(75), y + mm(100), rng, name="浙江省司法厅")
    pen(s, mm(40), mm(197), "与原件一致", rng, size=mm(5))
    return mark(s, kind="grey")


def bank_slip(c: CaseCtx, rng: random.Random) -> Sheet:
    """The bank's 电子回单 of the case money paid out of the court's 案款 account to the applicant."""
    s = paper(rng)
    red = (190, 20, 30)
    y0 = mm(30)
    s.text(mm(20), y0, "中国工商银行", face("sys_bold", mm(6.5)), fill=red)
    s.centred(y0 + mm(2), "网上银行电子回单", face("sys_bold", mm(7)))
    s.right(mm(190), y0 + mm(12), f"电子回单号码：{rng.randint(10**15, 10**16 - 1)}", face("sys", mm(3.4)))
    paid = c.closed_on - timedelta(days=4)
    amt = Decimal(c.amount).quantize(Decimal("0.01"))
    y = grid(s, mm(20), y0 + mm(20), [16, 24, 45, 16, 24, 45], [
        ["付款人", "户名", f"{SHORT}（执行款专户）", "收款人", "户名", c.applicant.name],
        ["", "账号", f"1202 0210 0990 {rng.randint(1000, 9999)} {rng.randint(100, 999)}", "", "账号",
         f"6222 **** **** {rng.randint(1000, 9999)}"],
        ["", "开户行", "工行杭州西湖支行", "", "开户行", rng.choice(["工商银行杭州文二支行", "招商银行杭州分行营业部", "杭州银行西湖支行"])],
        ["金额", f"人民币（大写）{money_caps(amt)}　　¥{amt:,.2f}"],
        ["摘要", f"{c.number}案款发放"],
        ["用途", "执行款"],
        ["交易时间", f"{paid.isoformat()} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"],
    ], size=3.6, row_h=11)
    s.text(mm(20), y + mm(6), f"验证码：{rng.randint(10**9, 10**10 - 1):x}".upper(), face("mono", mm(3.4)))
    s.text(mm(20), y + mm(14), "记账日期：" + paid.isoformat() + "　　打印次数：1", face("sys", mm(3.4)))
    e_seal(s, mm(160), y - mm(12), rng, name="中国工商银行股份有限公司杭州西湖支行", inner="电子回单专用章")
    s.line(mm(20), y + mm(30), mm(190), y + mm(30), width=1, fill=GREY)
    pen(s, mm(24), y + mm(38), f"申请人已确认收到执行款{amt:,.2f}元。{c.agent}", rng, size=mm(5.2))
    return mark(s, kind="colour")


def inquiry(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 网络执行查控 feedback (总对总 and 浙江 点对点), a wide table on a landscape sheet."""
    s = paper(rng, landscape=True)
    s.centred(mm(12), "网络执行查控系统　查询结果反馈", face("sys_bold", mm(6)))
    s.text(mm(14), mm(24), f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}", face("sys", mm(3.4)))
    s.right(mm(283), mm(24), f"查询日期：{c.day(2).isoformat()}", face("sys", mm(3.4)))
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "账号/证号", "余额/数量", "反馈时间"]]
    units = [("中国工商银行", "存款"), ("中国建设银行", "存款"), ("杭州银行", "存款"), ("浙江网商银行", "存款"),
             ("支付宝（中国）网络技术有限公司", "网络资金"), ("财付通支付科技有限公司", "网络资金"), ("自然资源部", "不动产"),
             ("公安部交通管理局", "车辆"), ("中国证券登记结算有限责任公司", "证券"), ("杭州市不动产登记服务中心", "不动产（点对点）"),
             ("国家市场监督管理总局", "工商股权")]
    paid = bool(c.extra.get("paid"))
    for k, (unit, kind) in enumerate(units, 1):
        found = kind == "存款" and k == 1
        rows.append([str(k), unit, kind, "有财产" if found else "未发现",
                     f"1202****{rng.randint(1000, 9999)}" if found else "—",
                     f"{(c.amount if paid else Decimal(rng.randint(0, 9999)) / 100):.2f}" if found else "—",
                     (c.day(3) + timedelta(days=rng.randint(0, 1))).isoformat()])
    grid(s, mm(14), mm(34), [14, 70, 34, 26, 50, 34, 41], rows, size=3.4, row_h=10, bold_first=False)
    s.text(mm(14), mm(196), "（本结果由执行查控系统自动生成，仅供执行人员内部使用）", face("sys", mm(3)), fill=GREY)
    return mark(s, kind=rng.choice(["bitonal", "grey"]))


def settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = paper(rng)
    s.centred(mm(30), "执行和解协议", face("sys_bold", mm(8)))
    parts = max(2, rng.randint(2, 3))
    y = _flow(s, float(mm(50)), [
        ("f", f"甲方（申请执行人）：{a.name}，公民身份号码{a.id_number}。"),
        ("f", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}。"),
        ("p", f"甲乙双方{cause(c)}一案，{basis_name(c)}已发生法律效力，甲方向{SHORT}申请强制执行（案号{c.number}）。"
              "经执行法官主持，双方本着互谅互让的原则，自愿达成如下和解协议："),
        ("p", f"一、乙方确认尚欠甲方{money(c.amount)}，分{parts}期支付至{SHORT}执行款专户，首期于{cn_date(c.day(30))}前支付；"),
        ("p", "二、甲方同意免除乙方迟延履行期间的债务利息；"),
        ("p", "三、乙方按期足额履行后，本案执行完毕；乙方任何一期未按约履行的，甲方有权申请恢复执行原生效法律文书；"),
        ("p", "四、本协议一式三份，双方各执一份，交法院存卷一份，自双方签字盖章之日起生效。")], size=5)
    s.text(mm(24), y + mm(14), "甲方：", face("serif", mm(5)))
    pen(s, mm(42), y + mm(11), a.name, rng, size=mm(8))
    s.text(mm(110), y + mm(14), "乙方（盖章）：", face("serif", mm(5)))
    e_seal(s, mm(160), y + mm(18), rng, name=r.name)
    pen(s, mm(140), y + mm(30), r.legal_rep, rng, size=mm(7))
    s.right(mm(186), y + mm(48), cn_date(c.day(24)), face("serif", mm(5)))
    return [mark(s, kind="grey")]
