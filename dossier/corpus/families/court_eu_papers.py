"""What 西秀法院 receives, each in its maker's style and on its own size of paper: the lawyers' typed applications on A4,
their 所函 on an A5 half-sheet, the 执业证 copied onto an A6 card, the 非税收入缴款书 as a wide short ticket, bank slips
glued on a 票据粘贴单, the 劳动人事争议仲裁委员会's award, ID cards copied on A4, and forms filled by hand."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date
from dossier.corpus.draw import BLUE_INK, INK, RED, Sheet, hand, mm, seal, signature, table, wrap
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
A5 = (mm(148), mm(210))
A6 = (mm(105), mm(148))
B5 = (mm(176), mm(250))
K16 = (mm(184), mm(260))
TICKET = (mm(200), mm(112))
SLIP = (mm(172), mm(84))


def _typed(s: Sheet, y: float, blocks: Sequence[tuple[str, str]], *, size: float, x0: float, x1: float,
           role: str = "serif", lead: float = 1.75) -> float:
    f = font(role, round(size))
    for kind, text in blocks:
        if kind == "c":
            s.centred(y, text, f)
            y += size * lead
            continue
        if kind == "r":
            s.right(x1, y, text, f)
            y += size * lead
            continue
        ind = size * 2 if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, x1 - x0, indent=ind)):
            s.text(x0 + (ind if k == 0 else 0), y, part, f)
            y += size * lead
    return y


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}，法定代表人{p.legal_rep}。"
    born = p.born.strftime("%Y年%m月%d日") if p.born else ""
    return f"{p.name}，{p.sex}，{born}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x0, x1 = mm(30), s.width - mm(26)
    s.centred(mm(30), "强制执行申请书", font("hei", mm(8)))
    y = _typed(s, mm(50), [
        ("f", "申请执行人：" + _who(c.applicant)),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("f", "被执行人：" + _who(c.respondent)),
        ("f", "请求事项："),
        ("p", f"1.请求依法强制执行{c.basis_court}{c.basis_number}{c.extra['basis_title']}，由被执行人支付{money(c.amount)}；"),
        ("p", "2.被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3.本案执行费用由被执行人负担。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，经{c.basis_court}作出{c.basis_number}{c.extra['basis_title']}，"
              f"该文书已于{num_date(c.basis_effective)}发生法律效力。{c.extra['story']}被执行人至今未履行，"
              "为维护申请执行人的合法权益，特依法申请强制执行。"),
        ("f", "此致"),
        ("f", "安顺市西秀区人民法院"),
    ], size=mm(5.2), x0=x0, x1=x1)
    s.text(x1 - mm(80), y + mm(8), "申请执行人：", font("serif", mm(5.2)))
    if c.applicant.kind == "organisation":
        seal(s, x1 - mm(30), y + mm(12), c.applicant.name, rng, radius=mm(19))
    else:
        signature(s, x1 - mm(46), y + mm(5), c.applicant.name, rng)
    s.right(x1, y + mm(26), num_date(c.day(-3)), font("serif", mm(5.2)))
    return [s]


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    x0, x1 = mm(28), s.width - mm(28)
    if c.basis_kind == "arbitration":
        s.centred(mm(30), c.basis_court, font("serif_bold", mm(7)))
        s.centred(mm(44), "仲 裁 裁 决 书", font("serif_bold", mm(8)))
        s.right(x1, mm(60), c.basis_number, font("serif", mm(4.8)))
        blocks = [("f", "申请人：" + _who(a)), ("f", "被申请人：" + _who(r)),
                  ("p", f"申请人与被申请人{c.extra['cause']}一案，本委受理后依法组成仲裁庭，于{num_date(c.basis_effective - timedelta(days=50))}"
                        "公开开庭审理，被申请人经书面通知未到庭。本案现已审理终结。"),
                  ("p", c.extra["story"]),
                  ("p", "依照《中华人民共和国劳动争议调解仲裁法》第四十七条之规定，裁决如下："),
                  ("p", f"被申请人于本裁决生效之日起五日内支付申请人{money(c.amount)}。"),
                  ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
                  ("r", f"仲裁员：{c.extra['arbitrator']}")]
        y = _typed(s, mm(72), blocks, size=mm(5), x0=x0, x1=x1, role="ming")
        when = cn_date(c.basis_effective)
        s.right(x1, y + mm(10), when, font("ming", mm(5)))
        seal(s, x1 - mm(30), y + mm(12), c.basis_court, rng, radius=mm(20))
        return [s]
    s.centred(mm(30), c.basis_court, font("serif_bold", mm(7.4)), spacing=mm(0.6))
    s.centred(mm(46), "民 事 判 决 书", font("serif_bold", mm(9)))
    s.right(x1, mm(64), c.basis_number, font("serif", mm(5)))
    blocks = [("f", "原告：" + _who(a)), ("f", "被告：" + _who(r)),
              ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。"),
              ("p", c.extra["story"]),
              ("p", "本院认为，当事人应当按照约定全面履行自己的义务。被告未按约付款，应承担继续付款的民事责任。依照《中华人民共和国民法典》"
                    "第五百零九条、第五百七十七条之规定，判决如下："),
              ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}{money(c.amount)}。"),
              ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。"),
              ("r", f"审判员　{c.extra['civil_judge']}")]
    y = _typed(s, mm(78), blocks, size=mm(5), x0=x0, x1=x1)
    when = cn_date(c.basis_effective - timedelta(days=18))
    s.right(x1, y + mm(8), when, font("serif", mm(5)))
    seal(s, x1 - mm(32), y + mm(10), c.basis_court, rng, radius=mm(20))
    s.right(x1, y + mm(22), f"书记员　{c.extra['civil_clerk']}", font("serif", mm(5)))
    return [s]


def _hand_form(title: str, rows: list[tuple[str, str]], rng: random.Random, *, size: tuple[int, int], issuer: str,
               sign: str, day: str, label_w: float) -> Sheet:
    s = Sheet(size=size)
    x = mm(14)
    s.centred(mm(16), title, font("hei", mm(6.4)))
    f = font("ming", mm(3.8))
    w = s.width - 2 * x
    y0 = mm(30)
    heights = [mm(11) if len(v) < 30 else mm(19) for _, v in rows]
    table(s, x, y0, [label_w, w - label_w], [[k, ""] for k, _ in rows], f, row_h=heights, width=2, centre_first=True)
    yy = float(y0)
    for (_, v), h in zip(rows, heights, strict=True):
        per = int((w - label_w - mm(6)) / mm(4.4))
        for i, part in enumerate([v[j:j + per] for j in range(0, len(v), per)][:2]):
            hand(s, x + label_w + mm(3), yy + mm(2.5) + i * mm(7.5), part, rng, size=mm(4.4))
        yy += h
    yy += mm(8)
    s.text(s.width - mm(80), yy, "签名（盖章）：", f)
    signature(s, s.width - mm(44), yy - mm(3), sign, rng, ink=BLUE_INK)
    hand(s, s.width - mm(58), yy + mm(12), day, rng, size=mm(4.4))
    if issuer:
        s.text(x, s.height - mm(12), issuer, font("ming", mm(3)))
    return s


def _id_card(c: CaseCtx, p: Party, rng: random.Random) -> Sheet:
    s = Sheet()
    grey = (120, 120, 120)
    cw, ch = mm(86), mm(54)
    for k in range(2):
        x0 = mm(40) + rng.randint(-mm(6), mm(6))
        y0 = mm(40) + k * mm(80)
        s.draw.rounded_rectangle((x0, y0, x0 + cw, y0 + ch), radius=mm(4), outline=grey, width=3)
        f = font("hei", mm(3.2))
        if k == 0:
            for i, (lab, val) in enumerate([("姓名", p.name), ("性别", p.sex), ("住址", p.address[:12]),
                                            ("", p.address[12:])]):
                s.text(x0 + mm(5), y0 + mm(6) + i * mm(8), lab, f, fill=grey)
                s.text(x0 + mm(16), y0 + mm(6) + i * mm(8), val, f)
            born = p.born or c.filed_on
            s.text(x0 + mm(5), y0 + mm(38), f"出生 {born.year} 年 {born.month} 月 {born.day} 日", f)
            s.text(x0 + mm(5), y0 + mm(46), "公民身份号码  " + p.id_number, font("mono", mm(3.3)))
            s.draw.rectangle((x0 + mm(60), y0 + mm(6), x0 + mm(81), y0 + mm(32)), fill=(150, 150, 150))
        else:
            s.centred(y0 + mm(12), "中华人民共和国", font("hei", mm(4.6)), x0=x0, x1=x0 + cw)
            s.centred(y0 + mm(21), "居民身份证", font("hei", mm(5.6)), x0=x0, x1=x0 + cw)
            s.text(x0 + mm(5), y0 + mm(36), f"签发机关 {c.extra['police']}", f)
            s.text(x0 + mm(5), y0 + mm(44), f"有效期限 {p.id_number[6:10]}.08.12-长期", f)
    hand(s, mm(40), mm(182), "此复印件与原件一致", rng, size=mm(6), ink=INK)
    signature(s, mm(110), mm(196), p.name, rng)
    return s


def _licence(c: CaseCtx, p: Party, rng: random.Random) -> Sheet:
    s = Sheet(size=B5)
    x0, y0 = mm(14), mm(16)
    s.box(x0, y0, s.width - x0, s.height - mm(20), width=5, outline=(150, 110, 60))
    s.centred(y0 + mm(14), "营 业 执 照", font("serif_bold", mm(10)))
    s.centred(y0 + mm(30), "（副　本）", font("serif", mm(4.4)))
    f = font("ming", mm(4))
    y = y0 + mm(48)
    for lab, val in [("统一社会信用代码", p.id_number), ("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"),
                     ("法定代表人", p.legal_rep), ("住　　所", p.address), ("经营范围", c.extra["trade"])]:
        s.text(x0 + mm(10), y, lab, f)
        for i, part in enumerate(wrap(val, f, s.width - x0 * 2 - mm(52))):
            s.text(x0 + mm(44), y + i * mm(7), part, f)
        y += mm(14)
    seal(s, s.width - mm(55), s.height - mm(60), "安顺市西秀区市场监督管理局", rng, radius=mm(19))
    hand(s, x0 + mm(8), s.height - mm(44), "与原件核对一致", rng, size=mm(5.4), ink=INK)
    seal(s, x0 + mm(40), s.height - mm(40), p.name, rng, radius=mm(16))
    return s


def _lawyer_card(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet(size=A6)
    s.box(mm(6), mm(6), s.width - mm(6), s.height - mm(6), width=3, outline=(90, 60, 40))
    s.centred(mm(12), "律 师 执 业 证", font("hei", mm(5.4)))
    s.draw.rectangle((mm(10), mm(26), mm(36), mm(60)), fill=(170, 170, 175))
    f = font("ming", mm(3.2))
    y = mm(28)
    for lab, val in [("姓名", c.agent), ("性别", "男"), ("执业机构", c.firm), ("执业证类别", "专职"),
                     ("执业证号", c.extra["licence"]), ("发证机关", "贵州省司法厅"), ("发证日期", "2019年06月20日")]:
        x = mm(40) if y < mm(62) else mm(10)
        s.text(x, y, f"{lab}：{val}", f)
        y += mm(7.5)
    seal(s, s.width - mm(28), s.height - mm(30), "贵州省司法厅", rng, radius=mm(13))
    return s


def _firm_letter(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet(size=A5)
    s.centred(mm(14), c.firm, font("serif_bold", mm(6.2)), fill=RED)
    s.line(mm(12), mm(26), s.width - mm(12), mm(26), fill=RED, width=3)
    s.centred(mm(31), "律 师 事 务 所 函", font("hei", mm(5.6)))
    s.right(s.width - mm(14), mm(42), f"黔{c.extra['firm_short']}所执字〔{c.filed_on.year}〕第{rng.randint(10, 99)}号",
            font("ming", mm(3.6)))
    y = _typed(s, mm(52), [
        ("f", "安顺市西秀区人民法院："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案"
              "申请执行人的委托代理人，特此函告。"),
        ("f", f"律师联系电话：{c.agent_phone}"),
        ("f", f"本所地址：{c.extra['firm_addr']}"),
    ], size=mm(4), x0=mm(14), x1=s.width - mm(14), role="ming", lead=1.8)
    s.right(s.width - mm(16), y + mm(14), num_date(c.day(-3)), font("ming", mm(4)))
    seal(s, s.width - mm(40), y + mm(12), c.firm, rng, radius=mm(17))
    return s


def _fee(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet(size=TICKET)
    green = (40, 110, 80)
    s.centred(mm(6), "贵州省非税收入一般缴款书（电子）", font("serif_bold", mm(5.2)), fill=green)
    f = font("ming", mm(3))
    s.text(mm(8), mm(16), f"执收单位编码：{rng.randint(100000, 999999)}", f, fill=green)
    s.right(s.width - mm(8), mm(16), f"票据号码：{rng.randint(10**9, 10**10 - 1)}", f, fill=green)
    rows = [["缴款人", c.extra["payer"], "执收单位", c.court.name],
            ["项目名称", "案件受理费", "金额（元）", f"{c.extra['basis_fee']:.2f}"],
            ["金额合计（大写）", money_caps(c.extra["basis_fee"])],
            ["备注", f"{c.basis_number}　{c.extra['cause']}"]]
    table(s, mm(8), mm(22), [mm(34), mm(56), mm(28), mm(66)], rows, f, row_h=mm(13), fill=green)
    s.text(mm(8), mm(80), f"开票日期：{c.basis_effective - timedelta(days=rng.randint(50, 90)):%Y-%m-%d}", f, fill=green)
    s.text(mm(8), mm(88), "校验码：" + "".join(str(rng.randint(0, 9)) for _ in range(20)), font("mono", mm(3)))
    seal(s, s.width - mm(40), mm(86), "贵州省财政厅票据监制章", rng, radius=mm(13))
    return s


def _bank_slip(c: CaseCtx, rng: random.Random, amount_text: str, day: str, memo: str) -> tuple[Image.Image, list[str]]:
    s = Sheet(size=SLIP)
    s.centred(mm(5), f"{c.extra['out_bank']}  电子回单", font("hei", mm(4.6)))
    f = font("mono", mm(3))
    rows = [["付款人", c.court.name + "执行款专户", "收款人", c.extra["payee"]],
            ["账号", c.extra["court_acct"], "账号", c.extra["in_acct"]],
            ["金额", amount_text], ["用途", memo], ["交易日期", day]]
    table(s, mm(5), mm(14), [mm(20), mm(62), mm(18), mm(62)], rows, f, row_h=mm(11.5))
    seal(s, s.width - mm(30), mm(62), c.extra["out_bank"] + "电子回单专用章", rng, radius=mm(12))
    return s.image, s.lines


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """票据粘贴单: an A4 backing sheet, a bank slip and a 收款收据 glued on, overlapping a little."""
    s = Sheet(paper=(250, 249, 244))
    s.centred(mm(10), "票 据 粘 贴 单", font("serif_bold", mm(6.4)))
    f = font("ming", mm(3.6))
    s.text(mm(14), mm(22), f"案号：{c.number}", f)
    s.box(mm(10), mm(30), s.width - mm(10), s.height - mm(24), width=2, outline=(120, 120, 120))
    pay_day = c.extra["pay_day"]
    slip, lines = _bank_slip(c, rng, f"¥{c.amount:,.2f}　{money_caps(c.amount)}", pay_day.strftime("%Y-%m-%d"),
                             "发放执行款")
    rec = Sheet(size=(mm(175), mm(80)))
    rec.centred(mm(5), "收　款　收　据", font("serif_bold", mm(5.2)))
    rec.right(rec.width - mm(6), mm(14), num_date(pay_day + timedelta(days=1)), font("ming", mm(3.4)))
    ty = mm(24)
    for text in [f"今收到 {c.court.name}", f"执行款 {money(c.amount)}", f"系 {c.number} 案款"]:
        hand(rec, mm(8), ty, text, rng, size=mm(4.2))
        ty += mm(11)
    rec.text(mm(8), mm(62), "收款人（签章）：", font("ming", mm(3.4)))
    signature(rec, mm(40), mm(58), c.applicant.name if c.applicant.kind == "person" else c.agent, rng)
    s.lines += lines + rec.lines
    glue = ImageDraw.Draw(s.image)
    spots = [(mm(13) + rng.randint(0, mm(5)), mm(38)), (mm(16), mm(40) + SLIP[1] + mm(14))]
    for (x, y), img in zip(spots, [slip, rec.image], strict=True):
        for _ in range(3):
            gx, gy = x + rng.randint(0, img.width - mm(30)), y + rng.randint(-mm(2), mm(4))
            glue.ellipse((gx, gy, gx + mm(rng.randint(20, 40)), gy + mm(rng.randint(4, 8))), fill=(238, 232, 205))
        turned = img.convert("RGBA").rotate(rng.uniform(-2.5, 2.5), expand=True, fillcolor=(0, 0, 0, 0))
        s.image.paste(turned, (x, y - (mm(8) if img is rec.image else 0)), turned)
    s.text(mm(14), s.height - mm(20), f"经办人：{c.officer}　　附件 2 张", f)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = font("sans", mm(3))
    s.centred(mm(14), "执行案件网络查控结果（总对总）", font("sans_bold", mm(5.4)))
    s.text(mm(12), mm(26), f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}", f)
    rows = [["序号", "协助单位", "查询类型", "反馈结果", "反馈时间"]]
    for i, unit in enumerate(["中国工商银行", "中国农业银行", "贵州银行", "贵州省农村信用社", "自然资源部",
                              "公安部车辆", "微信支付（财付通）", "支付宝"], 1):
        got = c.extra["finds"].get(unit, "未查询到相关信息")
        rows.append([str(i), unit, "存款/财产", got, f"{c.day(5):%Y-%m-%d} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}"])
    table(s, mm(12), mm(34), [mm(14), mm(46), mm(28), mm(68), mm(30)], rows, f, row_h=mm(12))
    s.text(mm(12), s.height - mm(20), f"打印人：{c.clerk}　打印时间：{c.day(6):%Y-%m-%d}", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(28), "执行和解协议", font("hei", mm(7.6)))
    x0, x1 = mm(26), s.width - mm(26)
    y = _typed(s, mm(46), [
        ("f", f"甲方（申请执行人）：{c.applicant.name}"), ("f", f"乙方（被执行人）：{c.respondent.name}"),
        ("p", f"{c.number}案件执行中，经西秀区人民法院主持，双方自愿达成如下和解协议："),
        ("p", f"一、乙方于{num_date(c.extra['pay_day'] - timedelta(days=3))}前将{money(c.amount)}一次性交至法院执行款专户；"),
        ("p", "二、乙方按期付清后，甲方放弃迟延履行期间的债务利息，本案执行完毕；"),
        ("p", "三、乙方逾期不付的，甲方可申请恢复执行原生效法律文书。"),
        ("p", "本协议一式三份，双方各执一份，交法院一份附卷。"),
    ], size=mm(5), x0=x0, x1=x1, role="ming")
    f = font("ming", mm(5))
    for i, (lab, p) in enumerate([("甲方：", c.applicant), ("乙方：", c.respondent)]):
        yy = y + mm(14) + i * mm(26)
        s.text(x0, yy, lab, f)
        if p.kind == "organisation":
            seal(s, x0 + mm(40), yy + mm(4), p.name, rng, radius=mm(17))
            signature(s, x0 + mm(70), yy - mm(2), p.legal_rep, rng)
        else:
            signature(s, x0 + mm(20), yy - mm(2), p.name, rng)
            s.draw.ellipse((x0 + mm(50), yy - mm(2), x0 + mm(58), yy + mm(8)), fill=(215, 90, 90))
    hand(s, x1 - mm(50), y + mm(70), num_date(c.day(28)), rng, size=mm(5))
    return [s]


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "identity_proof":
        p = r if "respondent" in served else a
        return [_licence(c, p, rng) if p.kind == "organisation" else _id_card(c, p, rng)]
    if code == "lawyer_license":
        return [_lawyer_card(c, rng)]
    if code == "law_firm_letter":
        return [_firm_letter(c, rng)]
    if code == "fee_receipt":
        return [_fee(c, rng)]
    if code == "payment_voucher":
        return _voucher(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    if code == "power_of_attorney":
        s = Sheet(size=K16)
        s.centred(mm(24), "授 权 委 托 书", font("serif_bold", mm(7.4)))
        y = _typed(s, mm(42), [
            ("f", f"委托人：{a.name}"), ("f", f"受委托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
            ("p", f"现委托上列受委托人在委托人与{r.name}{c.extra['cause']}执行一案中，作为委托人的代理人。"),
            ("p", "代理权限：特别授权，代为申请执行、提供财产线索、参加和解、代为签收法律文书、代为领取执行款。"),
        ], size=mm(4.8), x0=mm(22), x1=s.width - mm(22), role="serif")
        s.text(mm(90), y + mm(10), "委托人：", font("serif", mm(4.8)))
        signature(s, mm(112), y + mm(7), a.name if a.kind == "person" else a.legal_rep, rng)
        hand(s, mm(100), y + mm(26), num_date(c.day(-4)), rng, size=mm(4.6))
        return [s]
    if code == "property_clue_form":
        return [_hand_form("被执行人财产线索提供表", [
            ("被执行人", r.name), ("线索类型", "银行存款、车辆、应收货款"), ("线索内容", c.extra["clue"]),
            ("提供人", a.name), ("联系电话", a.phone)], rng, size=A5[::-1] if rng.random() < 0.5 else A5,
            issuer="西秀区人民法院执行局制", sign=c.agent, day=num_date(c.day(-2)), label_w=mm(30))]
    if code == "payment_account_confirmation":
        return [_hand_form("收取执行款账户确认书", [
            ("案号", c.number), ("户名", c.extra["payee"]), ("开户行", c.extra["in_bank"]), ("账号", c.extra["in_acct"]),
            ("承诺", "上述账户真实有效，执行款转入即视为已收到")], rng, size=(mm(210), mm(140)),
            issuer="", sign=c.agent, day=num_date(c.filed_on), label_w=mm(30))]
    if code == "service_address_confirmation":
        return [_hand_form("送达地址确认书", [
            ("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("联系电话", a.phone),
            ("电子送达", f"同意，手机号 {c.agent_phone}"), ("代收人", f"{c.agent}（{c.firm}）")], rng, size=A5,
            issuer="安顺市西秀区人民法院", sign=c.agent, day=num_date(c.filed_on), label_w=mm(30))]
    if code == "property_declaration_form":
        return [_hand_form("被执行人财产申报表", [
            ("被执行人", r.name), ("身份证号/信用代码", r.id_number), ("银行存款", c.extra["declared_bank"]),
            ("不动产", "无"), ("车辆", c.extra["declared_car"]), ("收入及其他", c.extra["declared_other"])], rng,
            size=(mm(210), mm(297)), issuer="安顺市西秀区人民法院执行局", sign=r.legal_rep or r.name,
            day=num_date(c.day(12)), label_w=mm(46))]
    raise KeyError(code)
