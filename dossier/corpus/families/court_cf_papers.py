"""The papers 衡阳市雁峰区人民法院's bureau receives, each in its author's style: the 衡阳市劳动人事争议仲裁院's award
and its 生效证明, the 衡阳中院's 二审 judgment, the 雁城公证处's 公证书 and 执行证书, 衡阳 law firms' applications and
所函, ID-card and licence copies, the 湖南省非税收入 缴款书, 湖南银行's 回执, 衡阳农商银行's 回单, the 网络执行查控
printout (landscape), forms the parties filled by hand."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, seal, signature, table
from dossier.corpus.families.court_cf_kit import COURT, LEFT, RIGHT, TOP, footer, glossy, run_on
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARB = "衡阳市劳动人事争议仲裁院"
NOTARY = "湖南省衡阳市雁城公证处"
MID = "湖南省衡阳市中级人民法院"
BLACK = (28, 28, 30)


def render_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "assistance_notice":
        return _bank_reply(c, rng)
    draw = {"enforcement_application": _application, "enforcement_basis": _basis, "effectiveness_certificate": _certificate,
            "property_clue_form": _clues, "fee_receipt": _fee, "power_of_attorney": _attorney,
            "law_firm_letter": _firm_letter, "lawyer_license": _license, "payment_account_confirmation": _account,
            "service_address_confirmation": _address, "property_declaration_form": _declaration,
            "online_inquiry_result": _inquiry, "settlement_agreement": _settlement, "payment_voucher": _voucher}
    if code == "identity_proof":
        return _identity(c, rng, c.respondent if "respondent" in served else c.applicant)
    return draw[code](c, rng)


def _who(p: Party) -> str:
    if p.kind == "person":
        born = p.born.strftime("%Y年%m月%d日") if p.born else ""
        return f"{p.name}，{p.sex}，{born}出生，汉族，住{p.address}，公民身份号码{p.id_number}，电话{p.phone}。"
    return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A 衡阳 lawyer's typed 强制执行申请书: Song-like serif, wide margins, its own title, two pages."""
    s = Sheet()
    s.centred(TOP + 40, "强制执行申请书", font("song_gb", 64), spacing=10)
    a, r = c.applicant, c.respondent
    basis = {"wage": f"{ARB}作出的{c.basis_number}仲裁裁决书", "pipe": f"{MID}作出的{c.basis_number}民事判决书",
             "loan": f"{NOTARY}出具的{c.basis_number}具有强制执行效力的债权文书公证书及{c.extra.get('cert_no')}执行证书"}
    blocks = [("f", f"申请执行人：{_who(a)}"), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
              ("f", f"被执行人：{_who(r)}"), ("f", f"执行依据：{basis[c.extra['story']]}"), ("f", "执行请求："),
              ("p", f"1. 依法强制被执行人{r.name}支付{money(c.amount)}；"),
              ("p", "2. 被执行人加倍支付迟延履行期间的债务利息；"),
              ("p", "3. 对被执行人采取限制高消费措施，并将其纳入失信被执行人名单；"),
              ("p", "4. 本案执行费用由被执行人承担。"), ("f", "事实与理由：")]
    if c.extra["story"] == "wage":
        blocks.append(("p", f"申请人系被执行人{c.extra['job']}，被执行人拖欠申请人{c.extra['months']}个月工资及解除劳动合同经济补偿金。"
                            f"申请人向{ARB}申请仲裁，该院于{cn_date(c.basis_effective - timedelta(days=20))}作出{c.basis_number}"
                            "仲裁裁决，双方均未在法定期限内起诉，裁决已发生法律效力。被执行人至今分文未付。"))
    elif c.extra["story"] == "pipe":
        blocks.append(("p", f"申请人与被执行人买卖合同纠纷一案，经衡阳市雁峰区人民法院{c.extra['first_number']}民事判决，被执行人不服"
                            f"提起上诉，{MID}于{cn_date(c.basis_effective)}作出{c.basis_number}民事判决，驳回上诉，维持原判。判决生效后"
                            f"被执行人拖欠{c.extra['goods']}货款未付。"))
    else:
        blocks.append(("p", f"申请人与被执行人于2025年签订《借款合同》，并在{NOTARY}办理了赋予强制执行效力的公证。借款到期后，被执行人"
                            f"未按约还款，经申请，公证处出具了{c.extra.get('cert_no')}执行证书。"))
    blocks += [("p", "为维护申请人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。"),
               ("f", "此致"), ("f", COURT)]
    sheets, y = run_on(blocks, font("song_gb", 40), s, TOP + 180, lh=70, x0=mm(30), x1=mm(180), bottom=mm(262))
    last = sheets[-1]
    if y > mm(230):
        last = Sheet()
        sheets.append(last)
        y = TOP + 80
    last.text(mm(110), y + 40, "申请人：", font("song_gb", 40))
    if a.kind == "person":
        signature(last, mm(140), y + 30, a.name, rng)
    else:
        last.text(mm(140), y + 40, a.name, font("song_gb", 34))
        seal(last, mm(158), y + 60, a.name, rng)
    hand(last, mm(120), y + 130, num_date(c.filed_on - timedelta(days=2)), rng, size=38)
    return footer(sheets, font("song_gb", 28))


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    story = c.extra["story"]
    if story == "wage":
        return _award(c, rng)
    if story == "pipe":
        return _appeal(c, rng)
    return _notarial(c, rng)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 仲裁院's award: black head, the title boxed by two rules, a 仿宋-like kai body, 仲裁员 signs."""
    s = Sheet()
    s.centred(TOP + 20, ARB, font("sans_bold", 54), spacing=6)
    s.line(LEFT + 60, TOP + 100, RIGHT - 60, TOP + 100, width=3)
    s.centred(TOP + 120, "裁　决　书", font("sans_bold", 70), spacing=20)
    s.line(LEFT + 60, TOP + 215, RIGHT - 60, TOP + 215, width=3)
    s.right(RIGHT, TOP + 240, c.basis_number, font("kai", 38))
    a, r = c.applicant, c.respondent
    f = font("kai", 42)
    wages = (c.amount * Decimal("0.72")).quantize(Decimal("0.01"))
    comp = c.amount - wages
    blocks = [("f", f"申请人：{_who(a)}"), ("f", f"被申请人：{_who(r)}"),
              ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本院于2025年受理后，依法组成仲裁庭，公开开庭进行了审理。"
                    "申请人到庭参加仲裁，被申请人经本院合法传唤无正当理由未到庭，本院依法缺席裁决。本案现已审理终结。"),
              ("p", f"申请人请求：1. 被申请人支付拖欠工资{wages:,.2f}元；2. 支付解除劳动合同经济补偿金{comp:,.2f}元。"),
              ("p", f"本院查明：申请人于2021年入职被申请人处，从事{c.extra['job']}工作，双方签订了书面劳动合同。被申请人自2024年起"
                    f"拖欠申请人{c.extra['months']}个月工资，申请人以被申请人未及时足额支付劳动报酬为由解除劳动合同。"),
              ("p", "本院认为：用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。被申请人未及时足额支付劳动报酬，"
                    "申请人据此解除劳动合同，被申请人应支付经济补偿。依照《中华人民共和国劳动合同法》第三十条、第三十八条、"
                    "第四十六条、第四十七条的规定，裁决如下："),
              ("p", f"一、被申请人{r.name}于本裁决生效之日起五日内支付申请人{a.name}拖欠工资{wages:,.2f}元；"),
              ("p", f"二、被申请人{r.name}于本裁决生效之日起五日内支付申请人{a.name}经济补偿金{comp:,.2f}元。"),
              ("p", "本裁决为终局裁决，自作出之日起发生法律效力。用人单位有证据证明本裁决有法定情形之一的，可以自收到本裁决书之日起"
                    "三十日内向衡阳市中级人民法院申请撤销裁决。")]
    sheets, y = run_on(blocks, f, s, TOP + 320, lh=72, bottom=mm(262))
    last = sheets[-1]
    if y > mm(215):
        last = Sheet()
        sheets.append(last)
        y = TOP + 80
    for k, (role, name) in enumerate([("仲裁员", c.judge), ("书记员", person_name(rng))]):
        last.text(RIGHT - mm(70), y + 40 + k * 80, f"{role}　{name}", f)
    day = c.basis_effective - timedelta(days=20)
    last.text(RIGHT - mm(70), y + 220, cn_date(day), f)
    seal(last, RIGHT - mm(45), y + 230, ARB, rng, radius=mm(20), inner="仲裁专用章")
    return footer(sheets, font("kai", 30))


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 衡阳中院 二审 judgment: black serif head, 判决如下, a three-judge bench and the 本件与原本核对无误 stamp."""
    s = Sheet()
    s.centred(TOP + 30, MID, font("serif_bold", 52), spacing=3)
    s.centred(TOP + 130, "民 事 判 决 书", font("serif_bold", 68), spacing=12)
    s.right(RIGHT, TOP + 240, c.basis_number, font("serif", 38))
    a, r = c.applicant, c.respondent
    f = font("ming", 41)
    blocks = [("f", f"上诉人（原审被告）：{_who(r)}"), ("f", f"被上诉人（原审原告）：{_who(a)}"),
              ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
              ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服湖南省衡阳市雁峰区人民法院{c.extra['first_number']}"
                    "民事判决，向本院提起上诉。本院依法组成合议庭审理了本案。本案现已审理终结。"),
              ("p", f"上诉人上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：被上诉人供应的{c.extra['goods']}存在质量"
                    "问题，上诉人有权拒付部分货款。"),
              ("p", "被上诉人辩称：双方签订的供货合同合法有效，被上诉人已按约供货，上诉人在送货单上签收且未在约定期间提出质量异议，"
                    "应当支付全部货款。"),
              ("p", f"本院经审理查明的事实与一审一致。本院认为，上诉人未提供证据证明{c.extra['goods']}存在质量问题，其上诉理由不能成立。"
                    "一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项的规定，"
                    "判决如下："),
              ("p", "驳回上诉，维持原判。"),
              ("p", f"一审判决确定的给付内容为：{r.name}支付{a.name}货款{money(c.amount)}。二审案件受理费由上诉人负担。"),
              ("p", "本判决为终审判决。")]
    sheets, y = run_on(blocks, f, s, TOP + 330, lh=70, bottom=mm(262))
    last = sheets[-1]
    if y > mm(200):
        last = Sheet()
        sheets.append(last)
        y = TOP + 80
    for k, (role, name) in enumerate([("审 判 长", c.extra.get("mid_judge", person_name(rng))), ("审 判 员", person_name(rng)),
                                      ("审 判 员", person_name(rng))]):
        last.text(RIGHT - mm(68), y + 30 + k * 72, f"{role}　{name}", f)
    last.text(RIGHT - mm(68), y + 270, cn_date(c.basis_effective), f)
    seal(last, RIGHT - mm(42), y + 280, "湖南省衡阳市中级人民法院", rng)
    last.text(RIGHT - mm(68), y + 360, f"书 记 员　{person_name(rng)}", f)
    last.box(LEFT, y + 280, LEFT + mm(42), y + 350, width=3, outline=(150, 40, 160))
    last.text(LEFT + 14, y + 296, "本件与原本核对无误", font("sans", 30), fill=(150, 40, 160))
    return footer(sheets, font("ming", 30))


def _notarial(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 雁城公证处's 公证书: a bordered cover-like first sheet, the certificate on the second."""
    s = Sheet()
    s.box(mm(20), mm(20), mm(190), mm(277), width=6)
    s.box(mm(24), mm(24), mm(186), mm(273), width=2)
    s.centred(mm(70), "公　证　书", font("serif_bold", 96), spacing=16)
    s.centred(mm(110), c.basis_number, font("serif", 44))
    s.centred(mm(220), NOTARY, font("serif_bold", 50))
    s.centred(mm(240), "中华人民共和国", font("serif", 40))
    t = Sheet()
    t.centred(TOP + 30, "公　证　书", font("serif_bold", 64), spacing=12)
    t.right(RIGHT, TOP + 130, c.basis_number, font("serif", 38))
    a, r = c.applicant, c.respondent
    due = c.basis_effective - timedelta(days=60)
    blocks = [("f", f"申请人：{a.name}，{a.sex}，公民身份号码{a.id_number}。"),
              ("f", f"申请人：{r.name}，{r.sex}，公民身份号码{r.id_number}。"),
              ("f", "公证事项：具有强制执行效力的债权文书"),
              ("p", f"兹证明出借人{a.name}与借款人{r.name}于二〇二五年在本公证处，在本公证员的面前，签订了前面的《借款合同》。"
                    f"借款金额{money(c.amount)}，借款期限至{cn_date(due)}止。"),
              ("p", "经查，双方当事人签订合同的行为符合《中华人民共和国民法典》第一百四十三条的规定，合同上双方当事人的签字属实。"
                    "双方在合同中约定：借款人不履行或者不适当履行合同义务时，自愿接受人民法院的强制执行。"),
              ("p", "依据《中华人民共和国公证法》第三十七条的规定，本公证书具有强制执行效力。")]
    sheets, y = run_on(blocks, font("serif", 40), t, TOP + 240, lh=70)
    last = sheets[-1]
    last.text(RIGHT - mm(80), y + 60, NOTARY, font("serif", 38))
    last.text(RIGHT - mm(80), y + 130, f"公证员　{c.extra.setdefault('notary', person_name(rng))}", font("serif", 38))
    last.text(RIGHT - mm(80), y + 200, cn_date(c.basis_effective - timedelta(days=300)), font("serif", 38))
    seal(last, RIGHT - mm(48), y + 150, NOTARY, rng, radius=mm(20))
    return footer([s, *sheets], font("serif", 28))


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if c.extra["story"] == "loan":
        s = Sheet()
        s.centred(TOP + 40, "执 行 证 书", font("serif_bold", 72), spacing=14)
        s.right(RIGHT, TOP + 150, c.extra["cert_no"], font("serif", 38))
        paid = Decimal(0)
        blocks = [("f", f"申请人：{c.applicant.name}，公民身份号码{c.applicant.id_number}。"),
                  ("f", f"被申请执行人：{c.respondent.name}，公民身份号码{c.respondent.id_number}。"),
                  ("p", f"本处于二〇二五年出具{c.basis_number}公证书，对申请人与被申请执行人签订的《借款合同》赋予强制执行效力。"
                        "借款期限届满后，被申请执行人未按约偿还借款。本处经向被申请执行人核实，其对债务无异议。"),
                  ("p", f"被申请执行人已履行{paid:.2f}元。依据《中华人民共和国公证法》第三十七条的规定，申请人可以向有管辖权的"
                        f"人民法院申请执行。执行标的为：借款本金{money(c.amount)}，及自逾期之日起按合同约定计算的利息。")]
        sheets, y = run_on(blocks, font("serif", 40), s, TOP + 260, lh=70)
        last = sheets[-1]
        last.text(RIGHT - mm(80), y + 60, NOTARY, font("serif", 38))
        last.text(RIGHT - mm(80), y + 130, f"公证员　{c.extra.setdefault('notary', person_name(rng))}", font("serif", 38))
        last.text(RIGHT - mm(80), y + 200, cn_date(c.basis_effective), font("serif", 38))
        seal(last, RIGHT - mm(48), y + 150, NOTARY, rng, radius=mm(20))
        return sheets
    s = Sheet()
    s.centred(TOP + 60, ARB, font("sans_bold", 50), spacing=4)
    s.centred(TOP + 170, "仲裁裁决书生效证明", font("sans_bold", 64), spacing=8)
    f = font("kai", 44)
    y = run_on([("f", f"{c.applicant.name}："),
                ("p", f"你与{c.respondent.name}劳动争议一案，本院于{cn_date(c.basis_effective - timedelta(days=20))}作出"
                      f"{c.basis_number}仲裁裁决书，该裁决书已依法送达双方当事人。经查，双方当事人在法定期限内均未向人民法院提起诉讼，"
                      f"被申请人亦未申请撤销，该裁决书已于{cn_date(c.basis_effective)}发生法律效力。"),
                ("p", "特此证明。")], f, s, TOP + 320, lh=80)[1]
    s.text(RIGHT - mm(78), y + 120, ARB, font("kai", 38))
    s.text(RIGHT - mm(70), y + 200, cn_date(c.basis_effective + timedelta(days=6)), font("kai", 40))
    seal(s, RIGHT - mm(44), y + 170, ARB, rng, radius=mm(20), inner="仲裁专用章")
    return [s]


def _handform(c: CaseCtx, rng: random.Random, title: str, rows: list[list[str]], fills: list[tuple[int, str]],
              widths: tuple[float, float] = (0.3, 0.7), note: str = "", who: str = "") -> list[Sheet]:
    """A court-printed form the party filled in ballpoint: the printed grid, blue handwriting in the cells."""
    s = Sheet()
    s.centred(TOP + 10, COURT, font("song_gb", 42), spacing=3)
    s.centred(TOP + 80, title, font("hei", 58), spacing=10)
    s.text(LEFT, TOP + 180, f"案号：{c.number}", font("song_gb", 32))
    w = RIGHT - LEFT
    h = mm(16)
    y0 = TOP + 240
    y = table(s, LEFT, y0, [w * widths[0], w * widths[1]], rows, font("song_gb", 33), row_h=h, centre_first=True)
    for row, text in fills:
        hand(s, LEFT + w * widths[0] + 16, y0 + row * h + h * 0.22, text, rng, size=36)
    if note:
        run_on([("p", note)], font("song_gb", 30), s, y + 30, lh=48)
    signature(s, RIGHT - mm(55), mm(240), who or c.applicant.name, rng, ink=(30, 50, 150))
    s.text(RIGHT - mm(95), mm(243), "填写人签名：", font("song_gb", 32))
    hand(s, RIGHT - mm(60), mm(256), num_date(c.filed_on - timedelta(days=1)), rng, size=34)
    return [s]


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    clue = {"wage": f"{c.extra['resp_bank']} 基本户（工资就是从这里发的）", "pipe": "公司原有一辆面包车，不知道还在不在",
            "loan": f"在{c.extra.get('shop', '')}经营，微信收款"}[c.extra["story"]]
    rows = [["被执行人", ""], ["住所地/住址", ""], ["银行账户", ""], ["不动产", ""], ["车辆", ""], ["其他财产线索", ""],
            ["线索来源", ""]]
    fills = [(0, r.name), (1, r.address[-18:]), (2, clue[:20]), (3, "不清楚"), (4, "不清楚" if c.extra["story"] != "pipe" else "面包车"),
             (5, "无"), (6, "申请人自己了解")]
    return _handform(c, rng, "被执行人财产线索表", rows, fills,
                     note="提供虚假线索或者隐瞒真实情况的，应承担相应法律责任。线索不足的，可申请法院调查。")


def _account(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    rows = [["收款人", ""], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""], ["确认事项", ""]]
    name = c.applicant.name
    fills = [(0, name), (1, c.extra["acct_bank"]), (2, c.extra["acct"]), (3, c.applicant.phone), (4, "执行款请转入以上账户")]
    return _handform(c, rng, "申请执行人收取案款确认书", rows, fills,
                     note="本人（单位）确认上述账户为收取本案执行款的账户，因账户信息错误造成的损失由本人（单位）承担。")


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    rows = [["受送达人", ""], ["送达地址", ""], ["邮政编码", ""], ["手机号码", ""], ["是否同意电子送达", ""], ["代收人", ""]]
    fills = [(0, a.name), (1, a.address[-22:]), (2, "421001"), (3, a.phone if a.kind == "person" else c.agent_phone),
             (4, "同意，手机短信"), (5, f"{c.agent}（代理律师）")]
    return _handform(c, rng, "送达地址确认书", rows, fills,
                     note="告知：受送达人提供的送达地址不准确、变更未及时告知，导致法律文书未能实际送达的，文书退回之日视为送达之日。")


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    rows = [["被执行人", ""], ["法定代表人/本人", ""], ["银行存款", ""], ["不动产", ""], ["车辆", ""], ["股权、债权", ""],
            ["收入情况", ""], ["其他", ""]]
    story = c.extra["story"]
    fills = [(0, r.name), (1, r.legal_rep or r.name),
             (2, f"{c.extra['resp_bank']}，余额不清楚" if story == "wage" else "无" if story == "pipe" else "农商银行卡一张，余额几百"),
             (3, "无"), (4, "无"), (5, "有工程款未结，对方不给" if story == "pipe" else "无"),
             (6, "停产" if story != "loan" else "鱼粉店每月二三千"), (7, "无")]
    return _handform(c, rng, "财产申报表", rows, fills, who=r.legal_rep or r.name,
                     note="被执行人应如实申报；拒绝报告或者虚假报告的，人民法院将依法予以罚款、拘留。")


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """湖南省非税收入一般缴款书: a half-width landscape slip, glossy thermal print."""
    s = Sheet(size=(mm(210), mm(120)), paper=(250, 248, 242))
    f = font("sans", 28)
    s.centred(mm(8), "湖南省非税收入一般缴款书（电子）", font("sans_bold", 40))
    s.text(mm(10), mm(20), f"票据号码：{c.extra['receipt_no']}", f)
    day = c.extra["pay_day"] if c.extra["story"] == "wage" else c.filed_on
    s.right(mm(200), mm(20), f"开票日期：{num_date(day)}", f)
    fee = c.extra["exec_fee"]
    wage = c.extra["story"] == "wage"  # deferred for the worker, taken from the respondent's deducted money
    rows = [["缴款人", c.respondent.name if wage else c.applicant.name, "执收单位", "衡阳市雁峰区人民法院"],
            ["项目名称", "申请执行费", "金额（元）", f"{fee:,.2f}"],
            ["金额（大写）", money_caps(fee)], ["备注", f"案号{c.number}" + ("　缓交，从扣划款中收取" if wage else "")]]
    table(s, mm(10), mm(30), [mm(30), mm(70), mm(30), mm(60)], rows, f, row_h=mm(12))
    s.text(mm(10), mm(86), "收款银行：衡阳农村商业银行　　校验码：" + str(rng.randint(10**9, 10**10 - 1)), f)
    seal(s, mm(170), mm(95), "湖南省财政厅票据监制章", rng, radius=mm(14))
    return glossy(s)


def _identity(c: CaseCtx, rng: random.Random, p: Party) -> list[Sheet]:
    if p is c.respondent and p.kind == "person":
        return _household(c, rng, p)
    if p is c.respondent and c.extra["story"] == "pipe":
        return _gsxt(c, rng, p)
    if p.kind == "person":
        s = Sheet()
        s.text(LEFT, TOP, "居民身份证复印件", font("sans_bold", 40))
        x, y = mm(45), mm(40)
        card_w, card_h = mm(85.6), mm(54)
        for k in range(2):
            yy = y + k * (card_h * 1.4 + mm(14))
            s.draw.rounded_rectangle((x, yy, x + card_w * 1.4, yy + card_h * 1.4), radius=30, fill=(232, 238, 240),
                                     outline=(120, 130, 140), width=3)
            if k == 0:
                fl = font("sans", 30)
                for j, (lab, val) in enumerate([("姓名", p.name), ("性别", p.sex), ("出生", num_date(p.born) if p.born else ""),
                                                 ("住址", p.address[:14]), ("", p.address[14:28])]):
                    s.text(x + 30, yy + 30 + j * 50, f"{lab}　{val}", fl, fill=(40, 40, 50))
                s.draw.rectangle((x + card_w * 1.4 - mm(30), yy + 40, x + card_w * 1.4 - mm(6), yy + 40 + mm(32)),
                                 fill=(170, 175, 185))
                s.text(x + 30, yy + card_h * 1.4 - 60, f"公民身份号码　{p.id_number}", font("sans_bold", 32))
            else:
                s.centred(yy + 40, "中华人民共和国", font("hei", 44), x0=x, x1=x + card_w * 1.4)
                s.centred(yy + 110, "居民身份证", font("hei", 56), spacing=8, x0=x, x1=x + card_w * 1.4)
                s.text(x + 40, yy + 230, f"签发机关　衡阳市公安局{rng.choice(['雁峰', '蒸湘', '石鼓'])}分局", font("sans", 28))
                s.text(x + 40, yy + 280, "有效期限　2019.06.12-2039.06.12", font("sans", 28))
        hand(s, mm(60), mm(240), "此复印件与原件一致，仅供法院执行使用", rng, size=40)
        signature(s, mm(120), mm(256), p.name, rng)
        return glossy(s)
    s = Sheet(size=(mm(297), mm(210)), paper=(252, 250, 244))
    s.box(mm(8), mm(8), mm(289), mm(202), width=10, outline=(190, 150, 80))
    s.centred(mm(22), "营 业 执 照", font("serif_bold", 80), spacing=20, fill=(170, 30, 30))
    s.text(mm(22), mm(48), f"统一社会信用代码　{p.id_number}", font("serif", 34))
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("注册资本", f"{rng.choice([100, 200, 500])}万元人民币"), ("住　　所", p.address)]
    for j, (lab, val) in enumerate(rows):
        s.text(mm(40), mm(66) + j * mm(14), f"{lab}　{val}", font("serif", 36))
    s.text(mm(170), mm(165), "登记机关", font("serif", 34))
    s.text(mm(170), mm(180), f"{num_date(c.filed_on - timedelta(days=rng.randint(900, 3000)))}", font("serif", 34))
    seal(s, mm(240), mm(170), "衡阳市雁峰区市场监督管理局", rng, radius=mm(20))
    s.text(mm(22), mm(190), "（副本）复印件　与原件核对一致", font("kai", 34), fill=BLACK)
    out = [*glossy(s)]
    if p is c.applicant:
        t = Sheet()
        t.centred(TOP + 40, "法定代表人身份证明书", font("song_gb", 60), spacing=6)
        run_on([("p", f"{p.legal_rep}，在我公司任执行董事兼总经理职务，系我公司的法定代表人。"), ("p", "特此证明。")],
               font("song_gb", 42), t, TOP + 220, lh=80)
        t.text(mm(110), mm(150), p.name, font("song_gb", 38))
        seal(t, mm(150), mm(150), p.name, rng)
        t.text(mm(110), mm(175), num_date(c.filed_on - timedelta(days=3)), font("song_gb", 38))
        t.starts_document = True
        out.append(t)
    return out


def _household(c: CaseCtx, rng: random.Random, p: Party) -> list[Sheet]:
    """The respondent's identity as the police station prints it: a 常住人口信息 table with the station's seal."""
    s = Sheet()
    station = rng.choice(["先锋派出所", "雁峰派出所", "白沙洲派出所"])
    s.centred(TOP + 30, "常住人口登记信息", font("sans_bold", 56), spacing=4)
    s.text(LEFT, TOP + 130, f"查询单位：衡阳市公安局雁峰分局{station}", font("sans", 30))
    s.right(RIGHT, TOP + 130, f"打印时间：{num_date(c.filed_on - timedelta(days=4))}", font("sans", 30))
    w = RIGHT - LEFT
    rows = [["姓名", p.name, "性别", p.sex], ["民族", "汉族", "出生日期", num_date(p.born) if p.born else ""],
            ["公民身份号码", p.id_number], ["户籍地址", p.address], ["户主姓名", p.name, "与户主关系", "户主"],
            ["文化程度", rng.choice(["初中", "高中", "中专"]), "婚姻状况", rng.choice(["已婚", "未婚"])],
            ["服务处所", c.extra.get("shop", "个体")], ["登记日期", f"{rng.randint(1995, 2012)}年{rng.randint(1, 12)}月"]]
    y = table(s, LEFT, TOP + 190, [w * 0.2, w * 0.34, w * 0.18, w * 0.28], rows, font("sans", 32), row_h=mm(14),
              centre_first=True)
    run_on([("p", "本信息仅供人民法院执行案件使用，不作其他用途。经核对与户籍档案一致。")], font("sans", 30), s, y + 40, lh=50)
    s.text(RIGHT - mm(70), y + 180, f"衡阳市公安局雁峰分局{station}", font("sans", 30))
    seal(s, RIGHT - mm(40), y + 190, f"衡阳市公安局雁峰分局{station}", rng, radius=mm(19), inner="户籍专用章")
    return [s]


def _gsxt(c: CaseCtx, rng: random.Random, p: Party) -> list[Sheet]:
    """The 国家企业信用信息公示系统 page the lawyer printed for the respondent company: a web printout."""
    s = Sheet()
    blue = (25, 85, 160)
    s.draw.rectangle((0, 0, s.width, mm(22)), fill=blue)
    s.text(LEFT, mm(6), "国家企业信用信息公示系统", font("sans_bold", 46), fill=(255, 255, 255))
    s.text(LEFT, mm(30), p.name, font("sans_bold", 48))
    s.text(LEFT, mm(42), f"状态：{rng.choice(['存续（在营、开业、在册）', '存续'])}　　统一社会信用代码：{p.id_number}", font("sans", 30))
    s.line(LEFT, mm(52), RIGHT, mm(52), width=3, fill=blue)
    s.text(LEFT, mm(56), "营业执照信息", font("sans_bold", 36), fill=blue)
    w = RIGHT - LEFT
    opened = c.filed_on - timedelta(days=rng.randint(1500, 3600))
    rows = [["统一社会信用代码", p.id_number], ["企业名称", p.name], ["类型", "有限责任公司（自然人投资或控股）"],
            ["法定代表人", p.legal_rep], ["注册资本", f"{rng.choice([50, 100, 300])}万元人民币"], ["成立日期", num_date(opened)],
            ["登记机关", "衡阳市雁峰区市场监督管理局"], ["住所", p.address],
            ["经营范围", "建筑装饰工程设计、施工；室内外装修；建筑材料销售。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"]]
    table(s, LEFT, mm(66), [w * 0.28, w * 0.72], rows, font("sans", 30), row_h=[mm(12)] * 8 + [mm(24)])
    s.text(LEFT, mm(262), f"https://www.gsxt.gov.cn　　打印日期：{num_date(c.filed_on - timedelta(days=3))}", font("sans", 24))
    s.right(RIGHT, mm(262), "1/1", font("sans", 24))
    return [s]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP + 30, "授 权 委 托 书", font("song_gb", 66), spacing=10)
    a = c.applicant
    blocks = [("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
              ("p", f"现委托上述受托人在我{'' if a.kind == 'person' else '公司'}与{c.respondent.name}{c.extra['cause']}执行一案中，"
                    "作为我方的委托代理人。"),
              ("p", "代理权限为：特别授权，代为申请执行，代为提供财产线索，代为参加约谈、谈话，代为签收法律文书，代为和解，"
                    "代为领取执行款，代为申请恢复执行。" if c.extra["story"] != "wage" else
               "代理权限为：代为申请执行，代为签收法律文书，代为参加谈话（不含代领执行款）。")]
    y = run_on(blocks, font("song_gb", 42), s, TOP + 200, lh=80)[1]
    s.text(mm(110), y + 80, "委托人：", font("song_gb", 40))
    if a.kind == "person":
        signature(s, mm(140), y + 70, a.name, rng)
        s.draw.ellipse((mm(165), y + 70, mm(175), y + 120), fill=(200, 60, 60))
    else:
        seal(s, mm(150), y + 100, a.name, rng)
    s.text(mm(110), y + 180, "受托人：", font("song_gb", 40))
    signature(s, mm(140), y + 170, c.agent, rng)
    hand(s, mm(120), y + 270, num_date(c.filed_on - timedelta(days=3)), rng, size=38)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's 所函: letterhead in dark blue over a rule, a number, a short request."""
    s = Sheet()
    blue = (20, 45, 110)
    s.centred(TOP, c.firm, font("serif_bold", 60), spacing=8, fill=blue)
    s.line(LEFT, TOP + 90, RIGHT, TOP + 90, width=5, fill=blue)
    s.centred(TOP + 140, "律 师 事 务 所 函", font("hei", 58), spacing=6)
    s.right(RIGHT, TOP + 230, f"湘衡律函〔2026〕第{rng.randint(10, 300)}号", font("serif", 34))
    y = run_on([("f", f"{COURT}："),
                ("p", f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}执行一案，我所接受当事人委托，指派{c.agent}律师担任"
                      f"申请执行人的委托代理人。" + ("本案系法律援助案件。" if c.extra["story"] == "wage" else "")),
                ("p", "特此函告。"), ("f", "附：授权委托书一份")], font("serif", 40), s, TOP + 320, lh=72)[1]
    s.text(mm(110), y + 80, c.firm, font("serif", 36))
    seal(s, mm(150), y + 100, c.firm, rng)
    s.text(mm(120), y + 160, cn_date(c.filed_on - timedelta(days=2)), font("serif", 36))
    s.text(LEFT, mm(262), f"地址：{c.extra['firm_addr']}　电话：0734-8{rng.randint(100000, 999999)}", font("serif", 26), fill=blue)
    return [s]


def _license(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A copy of the 律师执业证's two inner pages, side by side: glossy laminate."""
    s = Sheet()
    s.text(LEFT, TOP, "律师执业证复印件", font("sans_bold", 38))
    x0, y0 = mm(25), mm(45)
    s.draw.rectangle((x0, y0, x0 + mm(160), y0 + mm(110)), fill=(236, 232, 222), outline=(90, 90, 90), width=3)
    s.line(x0 + mm(80), y0, x0 + mm(80), y0 + mm(110), width=2, fill=(120, 120, 120))
    s.draw.rectangle((x0 + mm(10), y0 + mm(12), x0 + mm(35), y0 + mm(45)), fill=(160, 165, 175))
    f = font("sans", 26)
    for j, t in enumerate([f"持证人　{c.agent}", f"性　别　{rng.choice('男女')}", f"执业机构　{c.firm}", "执业证类别　专职",
                           f"执业证号　{c.extra['lic_no']}", "发证机关　湖南省司法厅"]):
        s.text(x0 + mm(84), y0 + mm(10) + j * mm(14), t, f)
    s.text(x0 + mm(8), y0 + mm(60), "中华人民共和国", font("sans_bold", 30))
    s.text(x0 + mm(8), y0 + mm(72), "律师执业证", font("sans_bold", 44))
    s.text(x0 + mm(8), y0 + mm(94), "2025年度考核：称职", f)
    seal(s, x0 + mm(60), y0 + mm(96), "湖南省司法厅", rng, radius=mm(14))
    return glossy(s)


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 网络执行查控系统 feedback, printed landscape from the case system."""
    s = Sheet(size=(mm(297), mm(210)))
    s.centred(mm(12), "网络执行查控系统查询结果反馈", font("sans_bold", 46))
    s.text(mm(15), mm(26), f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}", font("sans", 28))
    s.right(mm(282), mm(26), f"查询日期：{num_date(c.day(3))}", font("sans", 28))
    story = c.extra["story"]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "账号/证号", "余额/数量", "反馈时间"]]
    banks = ["中国工商银行", "中国建设银行", "中国农业银行", "湖南银行", "衡阳农村商业银行", "中国邮政储蓄银行", "支付宝", "财付通"]
    for k, b in enumerate(banks, 1):
        hit = (story == "wage" and b == "湖南银行") or (story == "loan" and b in ("衡阳农村商业银行", "财付通"))
        bal = (f"{c.amount * Decimal('1.4'):,.2f}" if story == "wage" else f"{rng.randint(100, 900)}.{rng.randint(10, 99)}")
        rows.append([str(k), b, "存款" if k < 7 else "网络资金", "有" if hit else "无",
                     c.extra["resp_acct"] if hit and story == "wage" else ("******" + str(rng.randint(1000, 9999)) if hit else ""),
                     bal if hit else "", num_date(c.day(rng.randint(3, 5)))])
    rows += [[str(len(rows)), "自然资源部（不动产）", "不动产", "无", "", "", num_date(c.day(6))],
             [str(len(rows) + 1), "公安部（车辆）", "机动车", "无", "", "", num_date(c.day(4))],
             [str(len(rows) + 2), "中国证券登记结算公司", "证券", "无", "", "", num_date(c.day(5))]]
    table(s, mm(15), mm(36), [mm(14), mm(56), mm(26), mm(22), mm(70), mm(40), mm(39)], rows, font("sans", 26),
          row_h=mm(11.5), centre_first=True)
    s.text(mm(15), mm(200), "打印人：" + c.clerk + "　　本结果由最高人民法院网络执行查控系统反馈，仅供执行使用", font("sans", 24))
    return [s]


def _bank_reply(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """湖南银行's 协助执行回执, its own printed slip with the bank's green band, glossy."""
    s = Sheet(size=(mm(210), mm(148)), paper=(248, 251, 247))
    green = (0, 110, 80)
    s.draw.rectangle((0, 0, mm(210), mm(16)), fill=green)
    s.text(mm(10), mm(3), "湖南银行", font("sans_bold", 44), fill=(255, 255, 255))
    s.text(mm(60), mm(5), "BANK OF HUNAN", font("sans", 28), fill=(255, 255, 255))
    s.centred(mm(22), "协助执行通知书回执", font("sans_bold", 46))
    f = font("sans", 28)
    rows = [["来文单位", COURT, "来文案号", c.number], ["被执行人", c.respondent.name, "账号", c.extra["resp_acct"]],
            ["执行内容", "冻结并扣划"], ["执行结果", ""], ["经办人", "", "日期", ""]]
    table(s, mm(10), mm(36), [mm(28), mm(70), mm(26), mm(66)], rows, f, row_h=[mm(13), mm(13), mm(12), mm(26), mm(12)])
    hand(s, mm(42), mm(78), f"已扣划{c.amount:,.2f}元至贵院执行款专户", rng, size=34, ink=BLACK)
    signature(s, mm(42), mm(99), person_name(rng), rng)
    hand(s, mm(135), mm(101), num_date(c.day(10)), rng, size=30, ink=BLACK, record=False)
    seal(s, mm(170), mm(120), c.extra["resp_bank"], rng, radius=mm(15), inner="业务专用章")
    return glossy(s)


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The parties' 执行和解协议 typed on the applicant's side, signed and fingerprinted."""
    s = Sheet()
    s.centred(TOP + 20, "执行和解协议", font("song_gb", 60), spacing=8)
    n = c.extra.get("instalments", 2)
    part = (Decimal(c.amount) / n).quantize(Decimal("0.01"))
    blocks = [("f", f"甲方（申请执行人）：{c.applicant.name}"), ("f", f"乙方（被执行人）：{c.respondent.name}"),
              ("p", f"关于{c.number}{c.extra['cause']}执行一案，经衡阳市雁峰区人民法院执行局主持，甲乙双方自愿达成如下和解协议："),
              *[("p", f"{k}. 乙方于{num_date(c.day(16 + 12 * k))}前支付{part:,.2f}元；") for k in range(1, n + 1)],
              ("p", f"{n + 1}. 上述款项均汇入衡阳市雁峰区人民法院执行款专户，由法院转付甲方；"),
              ("p", f"{n + 2}. 乙方按期付清后，甲方放弃迟延履行期间的债务利息；乙方任何一期逾期，甲方可申请恢复执行原生效法律文书。"),
              ("p", "本协议一式三份，甲乙双方各执一份，交法院附卷一份。")]
    y = run_on(blocks, font("song_gb", 40), s, TOP + 160, lh=72)[1]
    for k, (lab, name) in enumerate([("甲方：", c.applicant.name), ("乙方：", c.respondent.name)]):
        s.text(LEFT + k * mm(80), y + 80, lab, font("song_gb", 40))
        signature(s, LEFT + k * mm(80) + mm(22), y + 70, name, rng)
        s.draw.ellipse((LEFT + k * mm(80) + mm(52), y + 80, LEFT + k * mm(80) + mm(61), y + 128), fill=(205, 70, 70))
    s.text(LEFT, y + 180, f"见证人（执行员）：{c.officer}", font("song_gb", 40))
    hand(s, mm(120), y + 260, num_date(c.day(16)), rng, size=40)
    return [s]


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """衡阳农商银行's 电子回单 of the payout to the applicant: a small glossy slip."""
    s = Sheet(size=(mm(200), mm(100)), paper=(250, 250, 246))
    s.draw.rectangle((0, 0, mm(200), mm(12)), fill=(0, 120, 60))
    s.text(mm(6), mm(2), "衡阳农村商业银行", font("sans_bold", 36), fill=(255, 255, 255))
    s.centred(mm(15), "业务回单（付款）", font("sans_bold", 40))
    f = font("sans", 26)
    rows = [["付款人", "衡阳市雁峰区人民法院（执行款专户）", "收款人", c.applicant.name],
            ["付款账号", f"8201{rng.randint(10**11, 10**12 - 1)}", "收款账号", c.extra["acct"]],
            ["金额", f"¥{c.amount:,.2f}", "大写", money_caps(Decimal(c.amount))],
            ["用途", f"{c.number}执行款", "交易日期", num_date(c.extra["pay_day"] + timedelta(days=3))]]
    table(s, mm(6), mm(28), [mm(22), mm(78), mm(22), mm(66)], rows, f, row_h=mm(12))
    s.text(mm(6), mm(82), f"流水号：{rng.randint(10**15, 10**16 - 1)}　　打印次数：1", f)
    seal(s, mm(165), mm(84), "衡阳农村商业银行雁峰支行", rng, radius=mm(13), inner="电子回单专用章")
    s.text(mm(6), mm(92), "执行款领取人签名：", f)
    signature(s, mm(50), mm(88), c.applicant.name if c.applicant.kind == "person" else c.agent, rng, ink=INK)
    return glossy(s)


__all__ = ["RECEIVED", "RED", "render_paper"]
