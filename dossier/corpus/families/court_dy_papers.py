"""What the 迎江 bureau receives, in its makers' hands and on their stock: applications and settlements written out on
信笺 or 400-字 稿纸, the court's own judgment or mediation and the 安庆 labour-arbitration award, hand-filled window
forms, ID and licence copies, a 皖江-side law firm's letter, and carbonless receipts and bank slips in pink, canary
and sky blue."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, Party, money, money_caps, num_date
from dossier.corpus.draw import BLUE_INK, INK, Sheet, hand, mm, seal, signature, table, wrap
from dossier.corpus.families.court_dy_kit import (
    COURT,
    L,
    R,
    T,
    body_font,
    carbon,
    carbon_set,
    cn,
    grid_paper,
    hand_wrap,
    letter_paper,
    stock,
    write_grid,
    write_ruled,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "settlement_agreement", "payment_voucher",
})


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_application":
        return _handwritten(c, rng, "执行申请书", _application_text(c), c.filed_on - timedelta(days=1))
    if code == "settlement_agreement":
        return _handwritten(c, rng, "执行和解协议", _settlement_text(c), c.day(26), both=True)
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code in ("fee_receipt", "payment_voucher"):
        return [_slip(code, c, rng)]
    if code == "identity_proof":
        who = c.respondent if "respondent" in served else c.applicant
        return [_id_copy(who, c, rng)]
    if code == "law_firm_letter":
        return [_firm_letter(c, rng)]
    if code == "lawyer_license":
        return [_licence(c, rng)]
    return [_window_form(code, c, rng)]


def _application_text(c: CaseCtx) -> str:
    a, r = c.applicant, c.respondent

    def who(p: Party) -> str:
        if p.kind == "person":
            return f"{p.name}，{p.sex}，{p.born:%Y年%m月%d日}出生，住{p.address}，身份证号{p.id_number}，电话{p.phone}。"
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}，法定代表人{p.legal_rep}。"

    tale = _tale(c)
    if tale == "loan":
        facts = (f"被申请人于{num_date(c.extra['lent_on'])}以承接装修工程需要垫资为由向申请人借款，到期后分文未还。"
                f"申请人诉至迎江区法院，法院判决被申请人归还借款本金及利息。判决生效后，被申请人至今未履行。")
    elif tale == "troupe":
        facts = (f"申请人自2019年起在被申请人处担任黄梅戏演员，被申请人拖欠工资{c.extra['months']}个月。"
                  f"经安庆市劳动人事争议仲裁委员会裁决，被申请人应支付工资及经济补偿金，裁决已生效，被申请人拒不履行。")
    else:
        facts = (f"申请人将自有货船{c.extra['barge']}出租给被申请人用于长江采砂疏浚工程运输，被申请人拖欠租金。"
                "经迎江区法院主持调解达成协议，被申请人未按调解书约定的期限付款。")
    return (f"#执行申请书\n申请执行人：{who(a)}\n被申请执行人：{who(r)}\n"
            f"执行请求：1、强制被申请人履行{c.basis_court}{c.basis_number}法律文书确定的义务，给付{money(c.amount)}；"
            "2、加倍支付迟延履行期间的债务利息；3、执行费用由被申请人负担；4、对被申请人限制高消费、纳入失信被执行人名单。\n"
            f"事实与理由：{facts}为维护申请人合法权益，特申请强制执行。\n此致\n安庆市迎江区人民法院")


def _settlement_text(c: CaseCtx) -> str:
    a, r = c.applicant, c.respondent
    pay = c.extra["pay_day"]
    return (f"#执行和解协议\n甲方（申请执行人）：{a.name}\n乙方（被执行人）：{r.name}\n"
            f"关于{c.number}执行一案，经迎江区法院执行局主持，甲乙双方自愿达成和解如下：\n"
            f"一、乙方于{num_date(pay)}前一次性支付甲方{money(c.amount)}，汇入甲方指定账户{c.extra['in_acct']}"
            f"（{c.extra['in_bank']}）；\n二、乙方按期付清后，甲方放弃迟延履行期间的债务利息，执行费由乙方负担；\n"
            "三、乙方逾期不付的，甲方有权申请恢复执行原生效法律文书。\n本协议一式三份，双方各执一份，交法院一份附卷。")


def _handwritten(c: CaseCtx, rng: random.Random, title: str, text: str, when: object, *, both: bool = False) -> list[Sheet]:
    """A party's paper written out by hand: on 400-字 稿纸 one character a square, or on red-ruled 信笺."""
    from datetime import date

    assert isinstance(when, date)
    ink = rng.choice([INK, BLUE_INK, (20, 30, 70)])
    sheets: list[Sheet] = []
    if rng.random() < 0.5:
        paras = text.split("\n")
        s, origins, cell = grid_paper(rng)
        k = 0
        for para in paras:
            need = (len(para) + 2 + 19) // 20 * 20
            if k + min(need, 40) > 400:
                sheets.append(s)
                s, origins, cell = grid_paper(rng)
                k = 0
            k = write_grid(s, origins, cell, para, rng, start=k, ink=ink)
            if k >= 400:
                sheets.append(s)
                s, origins, cell = grid_paper(rng)
                k = 0
        y = origins[min(k + 20 - k % 20, 399)][1] + mm(12) if k < 380 else s.height - mm(40)
    else:
        a0 = c.applicant
        heads = (["", COURT.removeprefix("安徽省")] if both else
                 [a0.name] if a0.kind == "organisation" else ["", "安庆市迎江区宜城路街道办事处", "安庆石化职工之家"])
        s, rows = letter_paper(rng, rng.choice(heads))
        k = 0
        for line in hand_wrap(text, 31):
            if line.startswith("执行申请书") or line.startswith("执行和解协议"):
                hand(s, s.width / 2 - mm(30), rows[k] - mm(12), line, rng, size=52, ink=ink)
                k += 1
                continue
            if k >= len(rows) - 3:
                sheets.append(s)
                s, rows = letter_paper(rng)
                k = 0
            k = write_ruled(s, rows, [line], rng, start=k, size=40, ink=ink)
        y = rows[min(k, len(rows) - 3)] + mm(2)
    if y > s.height - mm(50):
        sheets.append(s)
        s = stock("white")
        y = mm(40)
    a, r = c.applicant, c.respondent
    x = s.width - mm(95)
    if both:
        hand(s, mm(30), y, "甲方：", rng, size=40, ink=ink)
        signature(s, mm(50), y - 6, a.name if a.kind == "person" else a.legal_rep, rng, ink=ink)
        hand(s, x, y, "乙方：", rng, size=40, ink=ink)
        signature(s, x + mm(20), y - 6, r.name if r.kind == "person" else r.legal_rep, rng, ink=ink)
        if r.kind == "organisation":
            seal(s, x + mm(30), y + mm(4), r.name, rng, radius=mm(19))
        hand(s, mm(30), y + mm(14), f"见证：迎江法院执行局 {c.officer}", rng, size=34, ink=ink)
    else:
        hand(s, x, y, "申请人：", rng, size=40, ink=ink)
        signature(s, x + mm(28), y - 6, a.name if a.kind == "person" else a.legal_rep, rng, ink=ink)
        if a.kind == "organisation":
            seal(s, x + mm(34), y + mm(6), a.name, rng, radius=mm(19))
    hand(s, x + mm(8), y + mm(16), num_date(when), rng, size=38, ink=ink)
    sheets.append(s)
    if len(sheets) > 1:
        for i, sh in enumerate(sheets, 1):
            sh.page_of = (i, len(sheets))
    return sheets


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The judgment or mediation of this court's 民事 divisions (typed in song, title boxed), or the labour award."""
    a, r = c.applicant, c.respondent
    tale = _tale(c)
    maker = c.basis_court
    if tale == "troupe":
        title, verb = "裁　决　书", "裁决如下："
        decided = [f"被申请人{r.name}于本裁决生效之日起十日内支付申请人{a.name}{c.extra['months']}个月拖欠工资及经济补偿金"
                   f"共计{money(c.amount)}；", "本裁决为终局裁决，自作出之日起发生法律效力。"]
        intro = (f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委于2023年受理，依法组成仲裁庭公开开庭审理。"
                 f"申请人自2019年起在被申请人处从事黄梅戏演出工作，被申请人自2022年起拖欠工资，"
                 f"双方未签订书面劳动合同。本委认为，双方存在劳动关系，被申请人应支付拖欠的劳动报酬。")
        sig = [("仲 裁 员", c.judge), ("书 记 员", c.clerk)]
    elif tale == "sand":
        title, verb = "民 事 调 解 书", "经本院主持调解，双方当事人自愿达成如下协议："
        decided = [f"被告{r.name}于2023年12月31日前支付原告{a.name}船舶租金{money(c.amount)}；",
                   "案件受理费减半收取，由被告负担。", "上述协议，不违反法律规定，本院予以确认。",
                   "本调解书经双方当事人签收后，即具有法律效力。"]
        intro = (f"原告{a.name}与被告{r.name}船舶租赁合同纠纷一案，本院于2023年立案后，依法适用简易程序进行了审理。"
                 f"原告诉称：被告租用原告货船{c.extra['barge']}在长江安庆段从事疏浚砂石运输，拖欠租金至今。")
        sig = [("审 判 员", c.judge), ("书 记 员", c.clerk)]
    else:
        title, verb = "民 事 判 决 书", "判决如下："
        decided = [f"被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款本金{money(c.amount)}及利息"
                   "（以本金为基数，按一年期贷款市场报价利率自起诉之日起计算至实际清偿之日止）；",
                   "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                   "加倍支付迟延履行期间的债务利息。"]
        intro = (f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院立案后依法适用简易程序公开开庭进行了审理。"
                 f"原告诉称：{num_date(c.extra['lent_on'])}，被告称承接装修工程需垫付材料款，向原告借款并出具借条，约定半年归还，"
                 "到期后经催讨未还。被告经传票传唤无正当理由未到庭。本院认为，合法的借贷关系受法律保护，被告应当归还借款。")
        sig = [("审 判 员", c.judge), ("书 记 员", c.clerk)]
    sheets = [stock("white")]
    s = sheets[0]
    f = font("serif", 40)
    s.centred(mm(30), maker, font("serif_bold", 54), spacing=4)
    tw = s.centred(mm(44), title, font("serif_bold", 64))
    s.box((s.width - tw) / 2 - mm(6), mm(42), (s.width + tw) / 2 + mm(6), mm(56), width=2)
    s.right(s.width - mm(26), mm(62), c.basis_number, f)
    y = mm(76)
    x0, width = mm(30), s.width - mm(56)
    paras = [f"{'申请人' if tale == 'troupe' else '原告'}：{a.name}，住{a.address}。",
             f"{'被申请人' if tale == 'troupe' else '被告'}：{r.name}，{'住所地' if r.kind != 'person' else '住'}{r.address}。",
             intro, verb] + [f"{'一二三四'[i]}、{t}" for i, t in enumerate(decided)]
    if tale == "loan":
        paras.append("如不服本判决，可以在判决书送达之日起十五日内向本院递交上诉状，上诉于安徽省安庆市中级人民法院。")
    for para in paras:
        for k, part in enumerate(wrap(para, f, width, indent=80)):
            if y > s.height - mm(40):
                s = stock("white")
                sheets.append(s)
                y = mm(30)
            s.text(x0 + (80 if k == 0 else 0), y, part, f)
            y += mm(9.5)
    y += mm(8)
    if y > s.height - mm(52):
        s = stock("white")
        sheets.append(s)
        y = mm(40)
    for role, name in sig:
        s.text(s.width - mm(90), y, f"{role}　{name}", f)
        y += mm(10)
    made = c.basis_effective - timedelta(days=20 if tale == "loan" else 5)
    s.text(s.width - mm(90), y, cn(made), f)
    seal(s, s.width - mm(66), y, maker, rng)
    for i, sh in enumerate(sheets, 1):
        sh.text(sh.width / 2 - mm(14), sh.height - mm(18), f"第{i}页　共{len(sheets)}页", font("serif", 28), record=False)
        if len(sheets) > 1:
            sh.page_of = (i, len(sheets))
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = stock("white")
    s.centred(mm(40), c.basis_court, font("serif_bold", 54))
    s.centred(mm(58), "生 效 证 明", font("serif_bold", 72), spacing=10)
    f = font("serif", 42)
    text = (f"申请人{c.applicant.name}与被申请人{c.respondent.name}劳动争议一案，本委于{num_date(c.basis_effective - timedelta(days=20))}"
            f"作出{c.basis_number}仲裁裁决书，该裁决书已于{num_date(c.basis_effective)}送达双方当事人。"
            "该裁决为终局裁决，用人单位在法定期间内未向中级人民法院申请撤销，现已发生法律效力。")
    y = mm(84)
    for k, part in enumerate(wrap(text, f, s.width - mm(60), indent=84)):
        s.text(mm(30) + (84 if k == 0 else 0), y, part, f)
        y += mm(10)
    s.text(mm(30) + 84, y, "特此证明。", f)
    d = c.basis_effective + timedelta(days=rng.randint(10, 25))
    s.text(s.width - mm(95), y + mm(30), cn(d), f)
    seal(s, s.width - mm(70), y + mm(28), c.basis_court, rng)
    return [s]


def _slip(code: str, c: CaseCtx, rng: random.Random) -> Sheet:
    """A carbonless slip: the 安徽省 非税收入 receipt for the fee, or a bank's 电汇凭证 / the court's 案款收据 copy."""
    colour = rng.choice(["pink", "canary", "sky"])
    s = carbon_set(colour, rng, size=(mm(186), mm(128)))
    dark = (90, 60, 70) if colour == "pink" else ((110, 90, 20) if colour == "canary" else (40, 70, 120))
    x0, y0, w = mm(8), mm(24), mm(170)
    if code == "fee_receipt":
        title = "安徽省非税收入一般缴款书（收据）"
        d = c.filed_on
        rows = [["缴款人", ""], ["执收单位", "安庆市迎江区人民法院"], ["项目名称", "申请执行费"], ["案号", ""],
                ["金额（大写）", ""], ["金额（小写）", ""]]
        fills = [c.applicant.name, "", "", c.number, money_caps(c.extra["fee"]), f"¥{c.extra['fee']:,.2f}"]
        unit = COURT
        foot = "第三联　收据联（交缴款人）"
    else:
        title = "徽商银行　电汇凭证（回单）"
        d = c.extra["pay_day"]
        rows = [["汇款人", ""], ["汇款人账号", ""], ["收款人", ""], ["收款人账号", ""], ["金额（大写）", ""],
                ["金额（小写）", ""], ["附言", ""]]
        if _tale(c) == "troupe":  # the frozen wages were deducted to the court's account and paid out from it
            title = "中国农业银行　电子汇划凭证（回单）"
            fills = ["安庆市迎江区人民法院", f"12-1561010400{rng.randint(10000, 99999)}", c.applicant.name,
                     c.extra["in_acct"], money_caps(c.amount), f"¥{c.amount:,.2f}", f"{c.number}案款发放"]
            unit = "中国农业银行安庆迎江支行"
        else:
            fills = [c.respondent.name, str(c.extra.get("r_acct", "")), c.applicant.name, c.extra["in_acct"],
                     money_caps(c.amount), f"¥{c.amount:,.2f}", f"{c.number}执行款"]
            unit = str(c.extra.get("r_bank", "徽商银行安庆分行"))
        foot = "第二联　回单联（汇款人留存）"
    s.centred(y0 - mm(14), title, font("sans_bold", 50), fill=dark)
    s.text(x0, y0 - mm(2), f"No {rng.randint(10**7, 10**8 - 1)}", font("mono", 34), fill=(170, 30, 30))
    s.right(x0 + w, y0 - mm(2), f"{d.year} 年 {d.month} 月 {d.day} 日", font("sans", 32), fill=dark)
    y = y0 + mm(6)
    table(s, x0, y, [mm(44), w - mm(44)], rows, font("sans", 32), row_h=mm(11), fill=dark, centre_first=True)
    for k, val in enumerate(fills):
        if val:
            carbon(s, x0 + mm(50), y + k * mm(11) + mm(1.5), val, rng, size=36)
    s.lines.extend(v for v in fills if v)
    s.lines.append(f"{d.year}年{d.month}月{d.day}日")
    yb = y + len(rows) * mm(11) + mm(3)
    s.text(x0, yb, foot, font("sans", 28), fill=dark)
    seal(s, x0 + w - mm(40), yb - mm(6), unit + ("财务专用章" if code == "fee_receipt" else "业务受理章"), rng,
         radius=mm(16))
    return _pasted(s, c, rng)


def _pasted(slip: Sheet, c: CaseCtx, rng: random.Random) -> Sheet:
    """The slip glued onto the bureau's white 票据粘贴单, a little askew, its glue edge shadowed."""
    s = stock("white")
    s.centred(mm(16), "票 据 粘 贴 单", font("hei", 50), spacing=6)
    s.text(mm(16), mm(28), f"案号：{c.number}", font("ming", 34))
    s.box(mm(10), mm(36), s.width - mm(10), s.height - mm(22), width=2, outline=(120, 120, 120))
    s.lines.extend(slip.lines)
    im = slip.image.rotate(rng.uniform(-1.5, 1.5), expand=True, fillcolor=(252, 252, 250))
    x, y = mm(12), mm(44) + rng.randint(0, 60)
    s.draw.rectangle((x + 6, y + 8, x + im.width + 6, y + im.height + 8), fill=(222, 222, 220))
    s.image.paste(im, (x, y))
    s.text(mm(16), s.height - mm(30), f"粘贴人：{c.clerk}　　张数：1", font("ming", 32))
    return s


def _id_copy(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    s = stock("white")
    f = font("sans", 30)
    if p.kind == "person":
        for k, face in enumerate(("front", "back")):
            x, y = mm(42), mm(40) + k * mm(78)
            s.draw.rounded_rectangle((x, y, x + mm(128), y + mm(80)), radius=mm(5), outline=(120, 120, 120), width=3,
                                     fill=(236, 236, 236))
            if face == "front":
                rows = [f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉", f"出生　{p.born:%Y年%m月%d日}" if p.born else "",
                        f"住址　{p.address}"]
                yy = y + mm(8)
                for line in rows:
                    for part in wrap(line, f, mm(80)):
                        s.text(x + mm(8), yy, part, f)
                        yy += mm(7)
                s.text(x + mm(8), y + mm(66), f"公民身份号码　{p.id_number}", font("sans", 32))
                s.draw.rectangle((x + mm(94), y + mm(10), x + mm(122), y + mm(46)), fill=(175, 175, 175))
            else:
                s.centred(y + mm(12), "中华人民共和国", font("serif_bold", 44), x0=x, x1=x + mm(128))
                s.centred(y + mm(26), "居民身份证", font("serif_bold", 54), x0=x, x1=x + mm(128))
                s.text(x + mm(10), y + mm(52), f"签发机关　安庆市公安局{rng.choice(['迎江', '大观'])}分局", f)
                s.text(x + mm(10), y + mm(62), "有效期限　2016.05.12-2036.05.12", f)
        hand(s, mm(50), mm(208), "此复印件与原件一致，仅供法院执行使用。", rng, size=40)
        signature(s, mm(120), mm(222), p.name, rng)
        return s
    s.box(mm(20), mm(24), s.width - mm(20), mm(250), width=5, outline=(150, 120, 60))
    s.centred(mm(40), "营 业 执 照", font("serif_bold", 80), spacing=12)
    s.centred(mm(58), "（副　本）", font("serif", 40))
    fields = [("统一社会信用代码", p.id_number), ("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"),
            ("法定代表人", p.legal_rep), ("经营范围", "港口航道疏浚工程施工；砂石运输；水上货物运输" if "疏浚" in p.name or "航运" in p.name
                                        else "文艺表演；演出经纪；黄梅戏剧目创作"),
            ("住　　所", p.address)]
    y = mm(76)
    for label, v in fields:
        s.text(mm(32), y, label, font("serif", 36))
        for part in wrap(v, font("serif", 36), mm(110)):
            s.text(mm(82), y, part, font("serif", 36))
            y += mm(9)
        y += mm(4)
    s.text(mm(110), mm(214), "登记机关", font("serif", 36))
    s.text(mm(110), mm(226), "安庆市市场监督管理局", font("serif", 36))
    seal(s, mm(150), mm(220), "安庆市市场监督管理局", rng)
    hand(s, mm(30), mm(262), "与原件核对一致", rng, size=40)
    seal(s, mm(60), mm(268), p.name, rng, radius=mm(17))
    return s


def _firm_letter(c: CaseCtx, rng: random.Random) -> Sheet:
    s = stock("white")
    s.text(mm(25), mm(20), c.firm, font("serif_bold", 58), fill=(30, 60, 120))
    s.text(mm(25), mm(33), f"ANHUI LAW FIRM　地址：{c.extra['firm_addr']}", font("sans", 26), fill=(30, 60, 120), record=False)
    s.line(mm(25), mm(40), s.width - mm(25), mm(40), width=4, fill=(30, 60, 120))
    s.centred(mm(56), "律师事务所函", font("hei", 62), spacing=8)
    s.right(s.width - mm(25), mm(70), f"皖{c.firm[2:4]}律函〔{c.filed_on.year}〕第{rng.randint(20, 300)}号", font("serif", 36))
    f = font("serif", 40)
    text: list[tuple[str, str]] = [("", "安庆市迎江区人民法院："),
            ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
                  "委托代理人，代理权限详见授权委托书。"),
            ("p", "特此函告。"), ("p", f"附：授权委托书一份、律师执业证复印件一份。联系电话：{c.agent_phone}。")]
    y = mm(86)
    for kind, t in text:
        for k, part in enumerate(wrap(t, f, s.width - mm(50), indent=80 if kind else 0)):
            s.text(mm(25) + (80 if kind and k == 0 else 0), y, part, f)
            y += mm(10)
    s.text(s.width - mm(85), y + mm(24), cn(c.filed_on - timedelta(days=2)), f)
    seal(s, s.width - mm(62), y + mm(22), c.firm, rng)
    return s


def _licence(c: CaseCtx, rng: random.Random) -> Sheet:
    s = stock("white")
    x, y = mm(30), mm(40)
    s.box(x, y, x + mm(150), y + mm(100), width=3, outline=(110, 110, 110))
    s.centred(y + mm(8), "中华人民共和国律师执业证", font("serif_bold", 48), x0=x, x1=x + mm(150))
    f = font("serif", 34)
    for k, line in enumerate([f"持证人　{c.agent}", f"执业机构　{c.firm}", f"执业证号　{c.extra['licence']}",
                              "发证机关　安徽省司法厅", "发证日期　2019年6月"]):
        s.text(x + mm(10), y + mm(26) + k * mm(12), line, f)
    s.draw.rectangle((x + mm(112), y + mm(28), x + mm(140), y + mm(64)), fill=(180, 180, 180))
    seal(s, x + mm(110), y + mm(84), "安徽省司法厅", rng, radius=mm(16))
    s.text(x, y + mm(112), "年度考核：2023年度　称职", f)
    hand(s, x, y + mm(130), "复印件与原件一致", rng, size=40)
    signature(s, x + mm(80), y + mm(128), c.agent, rng)
    return s


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> Sheet:
    """The window's pre-printed forms (white or pale stock), filled in by hand at the counter."""
    titles = {"property_clue_form": "被执行人财产线索表", "power_of_attorney": "授 权 委 托 书",
              "payment_account_confirmation": "申请执行人收取执行款账户确认书", "service_address_confirmation": "送达地址确认书"}
    colour = {"property_clue_form": "pale_blue", "power_of_attorney": "white", "payment_account_confirmation": "pale_yellow",
              "service_address_confirmation": "pale_green"}[code]
    s = stock(colour)
    a, r = c.applicant, c.respondent
    s.centred(T - mm(8), COURT, font("hei", 44), spacing=6)
    s.centred(T + mm(4), titles[code], font("serif_bold", 60), spacing=6)
    s.right(s.width - R, T + mm(18), f"案号：{c.number}", body_font(32))
    w = s.width - L - R
    if code == "property_clue_form":
        rows = [["被执行人", r.name], ["银行账户", ""], ["房产", ""], ["车辆、船舶", ""], ["应收款、到期债权", ""],
                ["其他线索", ""], ["提供人", ""]]
        fills = {"loan": ["", "不清楚", "不清楚", "面包车一辆（皖H牌，是否卖掉不清楚）", "大观区某小区装修工程款", "", a.name],
                 "troupe": ["", str(c.extra.get("r_bank", "")), "不清楚", "演出道具车一辆", "大剧院、茶楼演出场次分成款",
                            "剧团服装、灯光音响设备", a.name],
                 "sand": ["", str(c.extra.get("r_bank", "")), "不清楚", "工程车二台", "长江安庆段航道疏浚项目工程款",
                          "挖砂船一条", a.legal_rep]}[_tale(c)]
    elif code == "power_of_attorney":
        rows = [["委托人", a.name], ["受托人", f"{c.agent}，{c.firm}律师"], ["联系电话", c.agent_phone], ["委托事项", ""],
                ["委托权限", ""], ["委托人签名/盖章", ""]]
        fills = ["", "", "", f"代理{c.number if False else ''}申请执行{r.name}一案", "特别授权：代为申请执行、提供财产线索、"
                 "参与和解、代收执行款、签收法律文书", ""]
    elif code == "payment_account_confirmation":
        rows = [["申请执行人", a.name], ["收款户名", ""], ["开户银行", ""], ["账　　号", ""], ["申请执行人签名", ""]]
        fills = ["", a.name, c.extra["in_bank"], c.extra["in_acct"], ""]
    else:
        rows = [["受送达人", a.name], ["送达地址", ""], ["收件人及电话", ""], ["电子送达", ""], ["确认签名", ""]]
        fills = ["", a.address, f"{a.name if a.kind == 'person' else a.legal_rep} {a.phone}",
                 "同意以手机短信方式送达：" + a.phone if a.kind == "person" else "同意", ""]
    row_h = mm(22)
    top = T + mm(28)
    table(s, L, top, [mm(48), w - mm(48)], rows, body_font(36), row_h=row_h, centre_first=True)
    ink = rng.choice([BLUE_INK, INK])
    for k, v in enumerate(fills):
        if v:
            lines = [v[i:i + 18] for i in range(0, len(v), 18)]
            for j, part in enumerate(lines[:2]):
                hand(s, L + mm(52), top + k * row_h + mm(3) + j * mm(9), part, rng, size=36, ink=ink)
    signer = a.name if a.kind == "person" else a.legal_rep
    signature(s, L + mm(60), top + (len(rows) - 1) * row_h + mm(5), signer, rng, ink=ink)
    if a.kind == "organisation":
        seal(s, L + mm(110), top + (len(rows) - 1) * row_h + mm(10), a.name, rng, radius=mm(18))
    d = c.filed_on
    s.text(L, top + len(rows) * row_h + mm(8), "注：以上信息由当事人如实填写，变更时应书面告知本院。", body_font(32))
    hand(s, s.width - R - mm(60), top + len(rows) * row_h + mm(22), num_date(d), rng, size=38, ink=ink)
    return s
