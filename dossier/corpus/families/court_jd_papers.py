"""What 南关法院执行局 receives, each in its maker's hand: the court's civil division's 民事判决书 and 民事调解书 and its
生效证明书 (Noto serif, "－n－" folios), the 南关区劳动人事争议仲裁委员会's 裁决书 and 生效证明 in 文楷 under its 〔〕 number,
the lawyer's application typed in 黑体 headings and 宋 body, a 律师事务所函 under a blue letterhead, a son's application
written out by hand on 稿纸, the window's printed fill-in forms, ID card and licence photocopies, a 户口簿's pages,
the 吉林省非税收入 receipt and a bank's 回单 (small slips), the 网络执行查控 printout in a monospaced face."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money_caps, num_date, person_name
from dossier.corpus.draw import Sheet, hand, mm, seal, wrap
from dossier.corpus.families.court_jd_kit import (
    BALLPOINT,
    BLACKPEN,
    COURT,
    LEFT,
    RIGHT,
    Pager,
    company_seal,
    grid,
    hei,
    ming,
    pen,
    photo_grey,
    thumbprint,
    wavy_rule,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "kinship_proof",
    "payment_account_confirmation", "service_address_confirmation", "property_declaration_form",
    "online_inquiry_result", "settlement_agreement", "payment_voucher",
})
ARB = "长春市南关区劳动人事争议仲裁委员会"
SLIP = (mm(210), mm(118))
"""a small paper's size: the non-tax receipt, the bank's 回单"""


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_jd import made_on, tale

    d = made_on(c, code)
    t = tale(c)
    if code == "enforcement_basis":
        return {"heat": _judgment, "wage": _award, "loan": _mediation}[t](c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
    if code == "enforcement_application":
        return {"heat": _typed_application, "wage": _written_application, "loan": _window_application}[t](c, rng, d)
    if code == "power_of_attorney":
        return _company_attorney(c, rng, d) if t == "heat" else _personal_attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence_copy(c, rng)
    if code == "kinship_proof":
        return _household_book(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _org_papers(p, c, rng, d) if p.kind == "organisation" else _id_copy(p, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng, d)
    if code == "payment_voucher":
        return _bank_slip(c, rng, d)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _window_form(code, c, rng, made_on(c, "enforcement_application"))
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1970, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _serif_paper(c: CaseCtx, rng: random.Random, issuer: str, title: str, number: str, blocks: list[tuple[str, str]],
                 *, face: str = "serif", signers: list[str], when: date, seal_name: str) -> list[Sheet]:
    """A trial division's or tribunal's paper: issuer and title in bold, body in `face`, signers right, "－n－" folios."""
    p = Pager(left=mm(30), right=mm(28), top=mm(30), bottom=mm(32))
    s = p.s
    s.centred(mm(30), issuer, font("serif_bold", 54), spacing=3)
    s.centred(mm(30) + 92, title, font("serif_bold", 80), spacing=36)
    p.y = mm(30) + 220
    f = font(face, 40)
    p.flush(number, f, lead=92, at="right")
    for kind, text in blocks:
        p.para(text, f, lead=70, indent=0 if kind == "h" else f.size * 2)
    p.room(len(signers) * 72 + 260)
    last = p.s
    y = p.y + 50
    x = last.width - mm(98)
    for line in signers:
        last.text(x, y, line, f)
        y += 72
    when_s = cn_date(when)
    last.text(x, y + 20, when_s, f)
    seal(last, x + mm(28), y + 30, seal_name, rng, radius=mm(21))
    last.text(x, y + 110, f"书　记　员　{person_name(rng)}", f)
    n = len(p.sheets)
    if n > 1:
        for i, sh in enumerate(p.sheets, 1):
            sh.centred(sh.height - mm(18), f"－{i}－", font(face, 32))
            if i > 1:
                sh.page_of = (i, n)
    return p.sheets


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    area, price, fees, penalty = c.extra["area"], c.extra["price"], c.extra["fees"], c.extra["penalty"]
    heard = c.basis_effective - timedelta(days=rng.randint(35, 55))
    story = (f"被告承租位于长春市南关区{c.extra['street']}的商服用房，建筑面积{area}平方米，该房屋由原告供热。2021—2022年度、"
             f"2022—2023年度两个采暖期，原告均按长春市供热标准正常供热，被告未交纳采暖费。依照长春市物价部门核定的非居民供热价格"
             f"每平方米{price}元计算，两个采暖期采暖费合计{fees:,.2f}元。原告多次催缴未果，遂诉至本院。")
    blocks = [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}供用热力合同纠纷一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用简易"
              f"程序，于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}、被告的法定代表人{r.legal_rep}到庭参加"
              "诉讼。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：1.判令被告给付采暖费{fees:,.2f}元及违约金{penalty:,.2f}元；2.诉讼费用由被告负担。"
              f"事实和理由：{story}"),
        ("p", "被告辩称：供热期间部分房间温度不达标，不同意全额给付，但未能提供室温检测记录。"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", "本院认为，依法成立的合同对当事人具有法律约束力。原告按约履行了供热义务，被告作为热用户应当按时足额交纳采暖费。"
              "被告主张室温不达标，未提交供热单位或者主管部门的测温记录予以证明，本院不予采信。依照《中华人民共和国民法典》"
              "第六百四十八条、第六百五十六条，《吉林省城市供热条例》第三十五条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内给付原告{a.name}2021—2023年度采暖费{fees:,.2f}元、违约金{penalty:,.2f}元，"
              f"合计{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 200 + 25}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于吉林省长春市"
              "中级人民法院。"),
    ]
    c.extra.setdefault("civil_judge", person_name(rng))
    return _serif_paper(c, rng, COURT, "民事判决书", c.basis_number, blocks,
                        signers=[f"审　判　员　{c.extra['civil_judge']}"], seal_name=COURT,
                        when=c.basis_effective - timedelta(days=rng.randint(18, 24)))


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    months, wage, years = c.extra["months"], c.extra["wage"], c.extra["years"]
    heard = c.basis_effective - timedelta(days=rng.randint(30, 45))
    blocks = [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委于{cn_date(heard - timedelta(days=35))}受理后，依法组成仲裁庭，"
              f"于{cn_date(heard)}公开开庭审理。申请人到庭参加仲裁活动，被申请人经本委合法送达开庭通知，无正当理由未到庭。本案现已"
              "审理终结。"),
        ("p", f"申请人请求：1.被申请人支付拖欠的工资{wage * months:,.2f}元；2.被申请人支付解除劳动合同经济补偿金"
              f"{wage * years:,.2f}元。"),
        ("p", f"申请人称：其自{2023 - years}年起在被申请人经营的饭店从事面点工作，月工资{wage}元，每月十五日发放上月工资。"
              f"2023年起被申请人拖欠工资，累计{months}个月未发放，饭店停业后被申请人未与其办理解除劳动合同手续，亦未支付经济补偿。"),
        ("p", "经审理查明：申请人提交的工作服照片、工资微信转账记录、同事证人证言能够相互印证，本委对申请人主张的入职时间、工资"
              "标准及欠薪月数予以确认。"),
        ("p", "本委认为：用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。被申请人拖欠工资，申请人据此解除"
              "劳动合同的，被申请人应当支付经济补偿。依照《中华人民共和国劳动合同法》第三十条、第三十八条、第四十六条、第四十七条，"
              "《中华人民共和国劳动争议调解仲裁法》第四十七条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决生效之日起十日内支付申请人{a.name}拖欠工资{wage * months:,.2f}元；"),
        ("p", f"二、被申请人{r.name}于本裁决生效之日起十日内支付申请人{a.name}经济补偿金{wage * years:,.2f}元。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。劳动者对本裁决不服的，可以自收到裁决书之日起十五日内向人民法院提起"
              "诉讼；用人单位有证据证明本裁决有《中华人民共和国劳动争议调解仲裁法》第四十九条规定情形之一的，可以自收到裁决书之日起"
              "三十日内向长春市中级人民法院申请撤销裁决。"),
    ]
    return _serif_paper(c, rng, ARB, "裁决书", c.basis_number, blocks, face="wenkai",
                        signers=[f"仲裁员　{person_name(rng)}"], seal_name=ARB,
                        when=c.basis_effective - timedelta(days=rng.randint(1, 3)))


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    half = (c.amount / 2).quantize(Decimal("1"))
    first_due = c.basis_effective + timedelta(days=30)
    blocks = [
        ("h", f"原告：{_who(a)}"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院于{cn_date(c.basis_effective - timedelta(days=50))}立案后，依法适用"
              "简易程序进行了审理。"),
        ("p", f"原告诉称：被告系原告的邻居，经营{c.extra['stall']}。2021年5月，被告以进货资金周转为由向原告借款{c.amount:,.0f}元，"
              "出具借条一张，约定一年内归还。借款到期后，被告经原告多次催要，至今未还。请求判令被告偿还借款并负担诉讼费用。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}于{num_date(first_due)}前偿还原告{a.name}借款{half:,.0f}元，"
              f"于{num_date(first_due + timedelta(days=60))}前偿还剩余借款{c.amount - half:,.0f}元，合计{c.amount:,.0f}元；"),
        ("p", "二、被告如有任何一期未按时足额给付，原告有权就全部未付款项申请强制执行；"),
        ("p", f"三、案件受理费减半收取{int(c.amount) // 200}元，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    c.extra.setdefault("civil_judge", person_name(rng))
    return _serif_paper(c, rng, COURT, "民事调解书", c.basis_number, blocks,
                        signers=[f"审　判　员　{c.extra['civil_judge']}"], seal_name=COURT,
                        when=c.basis_effective - timedelta(days=rng.randint(1, 4)))


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    if c.extra["tale"] == "wage":
        s.centred(mm(36), ARB, font("serif_bold", 52), spacing=2)
        s.centred(mm(36) + 100, "仲裁裁决书生效证明", font("serif_bold", 70), spacing=14)
        number = f"长南劳人仲证字〔{c.filed_on.year}〕第{rng.randint(3, 60)}号"
        body = [f"{c.court.name}：",
                f"　　申请人{c.applicant.name}与被申请人{c.respondent.name}劳动争议一案，本委于"
                f"{cn_date(c.basis_effective - timedelta(days=2))}作出{c.basis_number}仲裁裁决书，该裁决为终局裁决，已于"
                f"{cn_date(c.basis_effective)}发生法律效力。",
                "　　特此证明。"]
        issuer, face = ARB, "wenkai"
    else:
        s.centred(mm(36), COURT, font("serif_bold", 52), spacing=2)
        s.centred(mm(36) + 100, "生效证明书", font("serif_bold", 74), spacing=30)
        number = c.basis_number.replace("号", "号")
        body = [f"　　{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，本院于"
                f"{cn_date(c.basis_effective - timedelta(days=21))}作出的民事判决书，已送达双方当事人。在法定上诉期内双方当事人均"
                f"未提起上诉，该判决书已于{cn_date(c.basis_effective)}发生法律效力。",
                "　　特此证明。"]
        issuer, face = COURT, "serif"
    f = font(face, 42)
    y = mm(36) + 230
    s.right(s.width - mm(28), y, number, f)
    y += 100
    for text in body:
        for part in wrap(text, f, s.width - mm(58)):
            s.text(mm(30), y, part, f)
            y += 74
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(6, 20)))
    y += 120
    s.right(s.width - mm(36), y, when, f)
    seal(s, s.width - mm(70), y + 10, issuer, rng, radius=mm(21))
    if issuer == COURT:
        s.text(mm(30), y + 160, "民事审判第一庭　　承办法官：", ming(34))
        hand(s, mm(30) + 330, y + 150, c.extra.get("civil_judge") or person_name(rng), rng, size=44, ink=BLACKPEN)
    return [s]


def _typed_application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The lawyer's typed 强制执行申请书: 黑体 title and headings, Noto sans-ish song body, company seal and rep's name."""
    a, r = c.applicant, c.respondent
    p = Pager(left=mm(30), right=mm(28), top=mm(32))
    p.s.centred(mm(32), "强制执行申请书", hei(72), spacing=16)
    p.y = mm(32) + 140
    f = font("serif", 40)
    h = hei(42)
    p.para(f"申请执行人：{_who(a)}", f, lead=68)
    p.para(f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。", f, lead=68)
    p.para(f"被执行人：{_who(r)}", f, lead=68)
    p.y += 20
    p.flush("执行请求：", h, lead=74)
    for t in [f"一、请求强制被执行人给付采暖费及违约金共计{c.amount:,.2f}元；", "二、请求强制被执行人加倍支付迟延履行期间的债务利息；",
              "三、请求对被执行人采取限制消费措施，被执行人拒不履行的，将其纳入失信被执行人名单；",
              "四、执行费用由被执行人负担。"]:
        p.para(t, f, lead=68, indent=80)
    p.y += 20
    p.flush("事实与理由：", h, lead=74)
    p.para(f"申请执行人与被执行人供用热力合同纠纷一案，贵院作出{c.basis_number}民事判决书，判决被执行人给付采暖费及违约金合计"
           f"{c.amount:,.2f}元。该判决已于{cn_date(c.basis_effective)}发生法律效力，被执行人至今未履行。被执行人在"
           f"{c.extra['r_bank']}开有基本存款账户，日常经营流水正常，具备履行能力。为维护申请执行人的合法权益，依照《中华人民共和国"
           "民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。", f, lead=68, indent=80)
    p.para("此致", f, lead=68, indent=80)
    p.para(COURT, f, lead=68)
    p.room(360)
    s = p.s
    y = p.y + 60
    s.text(s.width - mm(108), y, "申请执行人（盖章）：", f)
    company_seal(s, s.width - mm(58), y + 100, a.name, rng)
    s.text(s.width - mm(108), y + 84, "法定代表人：", f)
    hand(s, s.width - mm(58), y + 78, a.legal_rep, rng, size=48, ink=BLACKPEN)
    s.text(s.width - mm(108), y + 170, num_date(d), f)
    return p.sheets


def _written_application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The son's application written out by hand on a green-ruled 稿纸 pad (20 × 15 squares), his mother's name and
    thumbprint at the foot."""
    a, r = c.applicant, c.respondent
    text = [
        "申请执行书",
        f"申请人：{a.name}，女，{a.born.year if a.born else ''}年生，汉族，住{a.address}，身份证号{a.id_number}，电话{a.phone}。",
        f"委托代理人：{c.agent}，男，系申请人之子，身份证号{c.extra['agent_id']}。",
        f"被申请人：{r.name}，住所地{r.address}，法定代表人{r.legal_rep}。",
        "请求事项：",
        f"一、强制被申请人支付拖欠工资{c.extra['wage'] * c.extra['months']:,.0f}元、经济补偿金{c.extra['wage'] * c.extra['years']:,.0f}元，"
        f"共计{c.amount:,.0f}元；",
        "二、对被申请人限制高消费，纳入失信名单。",
        "事实与理由：",
        f"申请人在被申请人的饭店做面点，饭店欠我工资不给。{c.basis_court}作出{c.basis_number}裁决书，裁决被申请人给付，"
        f"裁决已于{num_date(c.basis_effective)}生效，被申请人到现在一分钱也没给，饭店也关了门，找不到老板。特申请法院强制执行。",
        "此致",
        "长春市南关区人民法院",
    ]
    sheets: list[Sheet] = []
    green = (88, 158, 110)
    cell = mm(8.6)
    cols, rows = 20, 27
    x0 = (mm(210) - cell * cols) / 2
    y0 = mm(20)
    f_size = 40

    def pad() -> Sheet:
        s = Sheet(paper=(252, 251, 244))
        for k in range(rows + 1):
            y = y0 + k * cell
            s.line(x0, y, x0 + cols * cell, y, width=1, fill=green)
        for k in range(cols + 1):
            x = x0 + k * cell
            s.line(x, y0, x, y0 + rows * cell, width=1, fill=green)
        s.text(x0 + cols * cell - mm(40), y0 + rows * cell + mm(3), "20×27＝540", ming(24), fill=green, record=False)
        return s

    s = pad()
    sheets.append(s)
    row = 0

    def squares(sheet: Sheet, r: int, first: int, line: str) -> None:
        """one character to a square, as one writes on 稿纸"""
        for k, ch in enumerate(line):
            if ch != "　":
                hand(sheet, x0 + (first + k) * cell + 9, y0 + r * cell + 10, ch, rng, size=f_size, ink=BLACKPEN,
                     record=False)
        sheet.lines.append(line.strip("　"))

    for k, para in enumerate(text):
        first = 8 if k == 0 else (10 if k == 10 else 0)
        lines = [para] if k in (0, 10) else _squares(("" if k in (4, 7, 9) else "　　") + para, cols)
        for line in lines:
            if row >= rows - 1:
                s = pad()
                sheets.append(s)
                row = 0
            squares(s, row, first, line)
            row += 1
    if row > rows - 4:
        s = pad()
        sheets.append(s)
        row = 0
    sy = y0 + (row + 1) * cell + 8
    hand(s, x0 + cell * 9, sy, f"申请人：{a.name}", rng, size=f_size, ink=BLACKPEN)
    thumbprint(s, x0 + cell * 16, sy + 20, rng)
    hand(s, x0 + cell * 9, sy + cell, f"代理人：{c.agent}", rng, size=f_size, ink=BLACKPEN)
    hand(s, x0 + cell * 9, sy + 2 * cell, num_date(d), rng, size=f_size, ink=BLACKPEN)
    n = len(sheets)
    for i, sh in enumerate(sheets, 1):
        if n > 1:
            sh.text(x0, y0 + rows * cell + mm(3), f"第{i}页", ming(26), fill=green)
            if i > 1:
                sh.page_of = (i, n)
    return sheets


def _squares(text: str, cols: int) -> list[str]:
    return [text[i:i + cols] for i in range(0, len(text), cols)]


def _window_application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 诉讼服务中心's printed 申请执行书 form, filled in with a blue ballpoint by the applicant's brother."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(22), "长春市南关区人民法院诉讼服务中心", ming(34))
    s.centred(mm(22) + 56, "申 请 执 行 书", font("serif_bold", 68), spacing=8)
    y: float = mm(22) + 170
    w = s.width - LEFT - RIGHT
    rows = [["申请执行人", ""], ["性别/出生", ""], ["身份证号", ""], ["住址/电话", ""],
            ["委托代理人", ""], ["与申请人关系", ""],
            ["被执行人", ""], ["身份证号", ""], ["住址/电话", ""],
            ["执行依据", ""], ["申请执行标的", ""], ["执行请求", ""], ["是否申请限制消费、纳入失信名单", ""],
            ["财产线索", ""]]
    hs = [mm(13)] * 11 + [mm(30), mm(16), mm(30)]
    boxes = grid(s, LEFT, y, [mm(48), w - mm(48)], rows, ming(32), heights=hs, label_font=hei(30))
    vals = [a.name, f"女　{num_date(a.born) if a.born else ''}", a.id_number, f"{a.address}　{a.phone}",
            c.agent, "姐弟（代理人系申请人之弟）", r.name, r.id_number, f"{r.address}　{r.phone}",
            basis_title_of(c), f"{c.amount:,.0f}元（{money_caps(c.amount)}）",
            "强制被执行人偿还借款及迟延履行期间的债务利息，执行费由被执行人负担。", "是　　申请限制消费并纳入失信被执行人名单",
            f"被执行人经营{c.extra['stall']}，收款用微信、支付宝；名下可能有一辆轿车。"]
    for row, v in zip(boxes, vals, strict=True):
        box = row[1]
        small = 34 if len(v) < 30 else 30
        pen(s, box[0] + mm(3), box[1] + mm(2.5), v, rng, size=small, width=box[2] - box[0] - mm(6), lead=small * 1.25)
    y = boxes[-1][-1][3] + mm(10)
    s.text(LEFT, y, "申请人（签名）：", ming(36))
    hand(s, LEFT + mm(38), y - 6, a.name, rng, size=48, ink=BALLPOINT)
    thumbprint(s, LEFT + mm(60), y + 12, rng)
    s.text(LEFT + mm(95), y, "代理人（签名）：", ming(36))
    hand(s, LEFT + mm(133), y - 6, c.agent, rng, size=48, ink=BALLPOINT)
    hand(s, s.width - RIGHT - mm(50), y + mm(14), num_date(d), rng, size=40, ink=BALLPOINT)
    return [s]


def basis_title_of(c: CaseCtx) -> str:
    from dossier.corpus.families.court_jd import basis_title

    return basis_title(c)


def _company_attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    p = Pager(left=mm(30), right=mm(28))
    p.s.centred(mm(34), "授权委托书", hei(70), spacing=20)
    p.y = mm(34) + 150
    f = font("serif", 40)
    for t in [f"委托人：{a.name}", f"住所地：{a.address}", f"法定代表人：{a.legal_rep}",
              f"受托人：{c.agent}，{c.firm}律师", f"联系地址：{c.extra['firm_addr']}　电话：{c.agent_phone}"]:
        p.flush(t, f, lead=70)
    p.y += 30
    p.para(f"现委托上列受托人在我单位与{c.respondent.name}供用热力合同纠纷申请执行一案中，作为我单位的委托代理人。", f, lead=70,
           indent=80)
    p.para("代理权限为：特别授权，代为申请执行，提供财产线索，申请采取查封、冻结、扣划等执行措施，代为参加执行听证、约谈，"
           "代为承认、放弃、变更执行请求，代为达成执行和解，代为签收法律文书，代为领取执行款。", f, lead=70, indent=80)
    s = p.s
    y = p.y + 120
    s.text(s.width - mm(115), y, "委托人（盖章）：", f)
    company_seal(s, s.width - mm(60), y + 40, a.name, rng)
    s.text(s.width - mm(115), y + 100, "法定代表人（签字）：", f)
    hand(s, s.width - mm(50), y + 94, a.legal_rep, rng, size=48, ink=BLACKPEN)
    s.text(s.width - mm(115), y + 200, cn_date(d), f)
    return p.sheets


def _personal_attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The window's printed 授权委托书 (公民代理) filled in by hand, the applicant's thumbprint over her name."""
    a = c.applicant
    s = Sheet()
    s.centred(mm(28), "授 权 委 托 书", font("serif_bold", 70), spacing=10)
    s.centred(mm(28) + 96, "（公民代理适用）", ming(34))
    y = mm(28) + 190
    f = ming(38)
    rel = "母子" if c.extra["relation"] == "子" else "姐弟"
    ab = c.extra["agent_born"]
    fields = [("委托人", f"{a.name}　{a.sex}　{num_date(a.born) if a.born else ''}出生"), ("身份证号", a.id_number),
              ("住　址", a.address), ("受委托人", f"{c.agent}　男　{num_date(ab)}出生"), ("身份证号", c.extra["agent_id"]),
              ("住　址", c.extra["agent_addr"]), ("与委托人关系", rel), ("联系电话", c.agent_phone)]
    for label, value in fields:
        s.text(LEFT, y, f"{label}：", f)
        x = LEFT + mm(40)
        s.line(x, y + 46, s.width - RIGHT, y + 46, width=1)
        pen(s, x + mm(2), y - 6, value, rng, size=38 if len(value) < 28 else 32, ink=BALLPOINT)
        y += 78
    y += 20
    matter = f"{a.name}与{c.respondent.name}{c.extra['cause']}申请执行"
    for part in wrap(f"　　现委托上列受委托人在{matter}一案中，作为我的委托代理人。代理权限：特别授权（代为申请执行、提供财产线索、"
                     "参加约谈、代为和解、代签法律文书、代领执行款）。", f, s.width - LEFT - RIGHT):
        s.text(LEFT, y, part, f)
        y += 66
    y += 110
    s.text(s.width - mm(112), y, "委托人（签名并捺印）：", f)
    hand(s, s.width - mm(50), y + 60, a.name, rng, size=52, ink=BLACKPEN)
    thumbprint(s, s.width - mm(32), y + 84, rng)
    s.text(s.width - mm(112), y + 150, "受委托人（签名）：", f)
    hand(s, s.width - mm(50), y + 144, c.agent, rng, size=50, ink=BLACKPEN)
    hand(s, s.width - mm(100), y + 240, num_date(d), rng, size=42, ink=BLACKPEN)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    blue = (24, 60, 140)
    s.centred(mm(22), c.firm, font("serif_bold", 66), spacing=6, fill=blue)
    s.centred(mm(22) + 92, "JILIN LAW FIRM", font("sans", 30), spacing=10, fill=blue)
    y = mm(22) + 150
    s.line(mm(22), y, s.width - mm(22), y, width=5, fill=blue)
    s.line(mm(22), y + 10, s.width - mm(22), y + 10, width=2, fill=blue)
    s.centred(y + 60, "律师事务所函", font("serif_bold", 66), spacing=20)
    f = font("serif", 40)
    number = f"吉{c.firm[2:4]}律执字〔{d.year}〕第{rng.randint(10, 199)}号"
    s.right(s.width - mm(28), y + 170, number, f)
    yy = y + 260
    for text in [f"{COURT}：",
                 f"　　本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}供用热力合同纠纷申请执行"
                 "一案申请执行人的委托代理人。",
                 "　　特此函告。",
                 "　　附：授权委托书一份　律师执业证复印件一份"]:
        for part in wrap(text, f, s.width - mm(58)):
            s.text(mm(30), yy, part, f)
            yy += 72
    yy += 120
    s.right(s.width - mm(34), yy, c.firm, f)
    s.right(s.width - mm(34), yy + 80, cn_date(d), f)
    company_seal(s, s.width - mm(70), yy + 40, c.firm, rng)
    wavy_rule(s, mm(22), s.width - mm(22), s.height - mm(30), colour=blue)
    s.text(mm(26), s.height - mm(26), f"地址：{c.extra['firm_addr']}　邮编：130022　电话：0431-8{rng.randint(1000000, 9999999)}",
           ming(28), fill=blue)
    return [s]


def _licence_copy(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A photocopy of the 律师执业证's photo page and information page on one A4 sheet (grey photocopy ground)."""
    s = Sheet(paper=(236, 236, 233))
    f = ming(34)
    x0, y0 = mm(32), mm(40)
    w, h = mm(146), mm(96)
    s.box(x0, y0, x0 + w, y0 + h, width=3)
    s.centred(y0 + mm(8), "中华人民共和国律师执业证", font("serif_bold", 46), x0=x0, x1=x0 + w)
    photo_grey(s, (x0 + mm(8), y0 + mm(24), x0 + mm(38), y0 + mm(64)), rng)
    rows = [("姓　　名", c.agent), ("性　　别", rng.choice("男女")), ("执业机构", c.firm), ("执业证类别", "专职"),
            ("执业证号", c.extra["licence"]), ("法律职业资格证号", f"A2016220{rng.randint(100000, 999999)}")]
    yy = y0 + mm(24)
    for label, value in rows:
        s.text(x0 + mm(44), yy, f"{label}：{value}", f)
        yy += mm(9)
    y1 = y0 + h + mm(24)
    s.box(x0, y1, x0 + w, y1 + mm(86), width=3)
    s.centred(y1 + mm(6), "律师年度考核备案", hei(40), x0=x0, x1=x0 + w)
    grid(s, x0 + mm(8), y1 + mm(18), [mm(40), mm(90)],
         [["考核年度", "考核结果"], [str(c.filed_on.year - 2), "称职"], [str(c.filed_on.year - 1), "称职"], ["", ""]], f,
         heights=mm(12), label_cols=(0, 1), label_font=f)
    seal(s, x0 + mm(110), y1 + mm(54), "长春市司法局", rng, radius=mm(17))
    hand(s, x0, y1 + mm(100), "与原件核对一致", rng, size=40, ink=BLACKPEN)
    hand(s, x0 + mm(70), y1 + mm(100), c.agent, rng, size=40, ink=BLACKPEN)
    return [s]


def _household_book(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """亲属关系证明: the 户口簿's 户主页 and the two 常住人口登记卡 (mother, son) photocopied onto one A4 sheet, the
    son's "此复印件与原件一致" and signature in the margin."""
    a = c.applicant
    s = Sheet(paper=(234, 234, 230))
    f = ming(30)
    lab = hei(28)
    x0, w = mm(24), mm(162)
    y = mm(16)
    s.centred(y, "居民户口簿", font("serif_bold", 46))
    y += mm(12)
    s.box(x0, y, x0 + w, y + mm(48), width=3)
    grid(s, x0 + mm(4), y + mm(4), [mm(30), mm(50), mm(26), mm(48)],
         [["户　别", "家庭户", "户主姓名", a.name], ["户　号", f"0{rng.randint(10**7, 10**8 - 1)}", "住　址", a.address[6:]],
          ["承办人签章", "", "签发日期", num_date(date(2015, rng.randint(1, 12), rng.randint(1, 28)))]], f,
         heights=[mm(12), mm(16), mm(12)], label_cols=(0, 2), label_font=lab)
    seal(s, x0 + mm(60), y + mm(36), "长春市公安局九台区分局户口专用章", rng, radius=mm(15))
    y += mm(56)
    members = [(a.name, "户主", a.sex, a.born or date(1968, 1, 1), a.id_number, "九台"),
               (c.agent, "子", "男", c.extra["agent_born"], c.extra["agent_id"], "长春")]
    for name, rel, sex, born, number, place in members:
        s.box(x0, y, x0 + w, y + mm(92), width=3)
        s.centred(y + mm(3), "常住人口登记卡", font("serif_bold", 40), x0=x0, x1=x0 + w)
        grid(s, x0 + mm(4), y + mm(14), [mm(30), mm(44), mm(30), mm(50)],
             [["姓　名", name, "户主或与户主关系", rel], ["曾用名", "", "性　别", sex], ["出生地", f"吉林省{place}", "民　族", "汉"],
              ["籍　贯", "吉林省长春市", "出生日期", num_date(born)], ["公民身份号码", number],
              ["文化程度", rng.choice(["初中", "高中", "大专"]), "婚姻状况", rng.choice(["已婚", "已婚", "未婚"])],
              ["何时由何地迁来本址", f"{born.year + 1 if rel == '子' else 2009}年由长春市迁来"]], f,
             heights=mm(10.5), label_cols=(0, 2), label_font=lab)
        seal(s, x0 + w - mm(30), y + mm(70), "长春市公安局户口专用章", rng, radius=mm(14))
        y += mm(98)
    hand(s, x0, y + mm(2), "此复印件与原件一致", rng, size=40, ink=BLACKPEN)
    hand(s, x0 + mm(75), y + mm(2), c.agent, rng, size=44, ink=BLACKPEN)
    return [s]


def _id_copy(p: Party, rng: random.Random) -> list[Sheet]:
    """Front and back of a 居民身份证 photocopied onto A4, the holder's 与原件一致 and signature under them."""
    s = Sheet(paper=(240, 240, 238))
    cw, ch = mm(86), mm(54)
    x = (s.width - cw) / 2
    y = mm(40)
    f = ming(24)
    s.draw.rounded_rectangle((x, y, x + cw, y + ch), radius=mm(3), outline=(70, 70, 70), width=3, fill=(222, 222, 218))
    born = p.born or date(1970, 1, 1)
    info = [f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉", f"出生　{born.year}年{born.month}月{born.day}日"]
    yy = y + mm(6)
    for t in info:
        s.text(x + mm(5), yy, t, f)
        yy += mm(7)
    addr = f"住址　{p.address}"
    for part in wrap(addr, f, mm(50)):
        s.text(x + mm(5), yy, part, f)
        yy += mm(5)
    s.text(x + mm(5), y + ch - mm(9), f"公民身份号码　{p.id_number}", ming(26))
    photo_grey(s, (x + cw - mm(28), y + mm(8), x + cw - mm(5), y + mm(38)), rng)
    y2 = y + ch + mm(22)
    s.draw.rounded_rectangle((x, y2, x + cw, y2 + ch), radius=mm(3), outline=(70, 70, 70), width=3, fill=(222, 222, 218))
    s.text(x + mm(26), y2 + mm(8), "中华人民共和国", font("serif_bold", 36))
    s.text(x + mm(24), y2 + mm(20), "居 民 身 份 证", font("serif_bold", 40))
    s.text(x + mm(6), y2 + ch - mm(16), f"签发机关　长春市公安局{rng.choice(['南关', '九台', '朝阳'])}分局", f)
    start = date(rng.randint(2014, 2020), rng.randint(1, 12), rng.randint(1, 28))
    end = "长期" if born.year < 1976 else f"{start.year + 20}.{start.month:02d}.{start.day:02d}"
    s.text(x + mm(6), y2 + ch - mm(9), f"有效期限　{start.year}.{start.month:02d}.{start.day:02d}-{end}", f)
    hand(s, x, y2 + ch + mm(20), "此复印件与原件相符", rng, size=44, ink=BLACKPEN)
    hand(s, x + mm(66), y2 + ch + mm(20), p.name, rng, size=46, ink=BLACKPEN)
    return [s]


def _org_papers(p: Party, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 营业执照 copy (and for the applicant the 法定代表人身份证明书 behind it)."""
    s = Sheet(paper=(241, 240, 236))
    x0, y0 = mm(20), mm(26)
    w, h = mm(170), mm(120)
    s.box(x0, y0, x0 + w, y0 + h, width=6)
    s.box(x0 + 10, y0 + 10, x0 + w - 10, y0 + h - 10, width=2)
    s.centred(y0 + mm(10), "营 业 执 照", font("serif_bold", 74), spacing=10)
    s.text(x0 + mm(8), y0 + mm(28), f"统一社会信用代码　{p.id_number}", ming(30))
    f = ming(30)
    heat = "热力" in p.name
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "热力生产和供应；供热设施维修" if heat else
             ("餐饮服务；食品销售" if "餐饮" in p.name else "日用百货、五金交电、服装鞋帽销售")),
            ("注册资本", f"人民币{rng.choice([100, 200, 500, 1000])}万元"), ("成立日期", f"{rng.randint(2006, 2018)}年{rng.randint(1, 12)}月"
                                                                    f"{rng.randint(1, 28)}日"),
            ("住　　所", p.address)]
    yy = y0 + mm(40)
    for label, value in rows:
        s.text(x0 + mm(10), yy, label, f)
        for k, part in enumerate(wrap(value, f, mm(110))):
            s.text(x0 + mm(44), yy + k * 40, part, f)
        yy += mm(10)
    s.text(x0 + w - mm(62), y0 + h - mm(22), "登记机关", f)
    seal(s, x0 + w - mm(30), y0 + h - mm(22), "长春市南关区市场监督管理局", rng, radius=mm(16))
    company_seal(s, x0 + mm(60), y0 + h + mm(30), p.name, rng)
    hand(s, x0 + mm(10), y0 + h + mm(12), "与原件一致", rng, size=44, ink=BLACKPEN)
    if p is c.respondent:
        return [s]
    t = Sheet()
    t.centred(mm(40), "法定代表人身份证明书", font("serif_bold", 64), spacing=8)
    f2 = font("serif", 40)
    yy = mm(40) + 160
    for text in [f"　　{p.legal_rep}，在我单位任执行董事兼总经理职务，系我单位的法定代表人。",
                 f"　　单位名称：{p.name}", f"　　统一社会信用代码：{p.id_number}", f"　　住所：{p.address}", "　　特此证明。"]:
        for part in wrap(text, f2, t.width - mm(58)):
            t.text(mm(30), yy, part, f2)
            yy += 72
    yy += 100
    t.right(t.width - mm(34), yy, p.name, f2)
    t.right(t.width - mm(34), yy + 80, cn_date(d), f2)
    company_seal(t, t.width - mm(70), yy + 40, p.name, rng)
    t.text(mm(30), yy + 220, "附：法定代表人身份证复印件", ming(34))
    photo_grey(t, (mm(30), yy + 290, mm(30) + mm(48), yy + 290 + mm(30)), rng, face=False)
    return [s, t]


def _fee_slip(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """吉林省非税收入一般缴款书 (收据联), a small slip printed in red-brown, filled by the window's printer."""
    s = Sheet(size=SLIP, paper=(250, 247, 240))
    red = (170, 60, 50)
    s.centred(mm(8), "吉林省非税收入一般缴款书（电子）", font("serif_bold", 40), fill=red)
    f = ming(26)
    s.text(mm(8), mm(20), f"票据代码：22060124　　票据号码：{rng.randint(10**7, 10**8 - 1):08d}", f, fill=red)
    s.text(mm(130), mm(20), f"开票日期：{d:%Y-%m-%d}", f, fill=red)
    rows = [["缴款人", c.applicant.name, "执收单位", "长春市南关区人民法院"],
            ["项目编码", "103040100201", "项目名称", "申请执行费"],
            ["金额（大写）", money_caps(c.extra["fee"]), "（小写）", f"{c.extra['fee']:,.2f}"],
            ["备　注", f"{c.number}"]]
    grid(s, mm(8), mm(28), [mm(30), mm(66), mm(26), mm(72)], rows, f, heights=mm(13), label_cols=(0, 2), label_font=f)
    s.text(mm(8), mm(86), "收款单位（章）：　　　　　　　复核人：　　　　　　收款人：", f, fill=red)
    seal(s, mm(52), mm(92), "吉林省财政厅非税收入票据监制章", rng, radius=mm(12))
    s.text(mm(8), mm(104), "第二联　收据联（缴款人收执）", ming(24), fill=red)
    return [s]


def _bank_slip(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bank's 电子回单 of the court's transfer of the case money to the applicant: a small slip."""
    s = Sheet(size=SLIP, paper=(246, 249, 252))
    navy = (30, 50, 110)
    bank = str(c.extra["in_bank"])
    head = bank.split("长春")[0] or bank.removesuffix("南关支行")
    s.centred(mm(8), f"{head}　业务回单（付款）", font("sans_bold", 38), fill=navy)
    f = font("sans", 26)
    s.text(mm(8), mm(19), f"交易日期：{d:%Y年%m月%d日}　　回单编号：{rng.randint(10**11, 10**12 - 1)}", f, fill=navy)
    paid = c.amount
    rows = [["付款人户名", "长春市南关区人民法院（执行款专户）", "收款人户名", c.applicant.name],
            ["付款人账号", f"0701{rng.randint(10**12, 10**13 - 1)}", "收款人账号", str(c.extra["in_acct"])],
            ["金额（大写）", f"人民币{money_caps(paid)}", "金额（小写）", f"¥{paid:,.2f}"],
            ["用　途", f"{c.number}执行款"]]
    grid(s, mm(8), mm(26), [mm(30), mm(66), mm(28), mm(70)], rows, f, heights=mm(14), label_cols=(0, 2), label_font=f)
    s.text(mm(8), mm(88), f"交易机构：{bank}　　柜员：{rng.randint(100000, 999999)}　　本回单不作为收款方发货依据", ming(24), fill=navy)
    seal(s, mm(172), mm(96), f"{bank}电子回单专用章", rng, radius=mm(12))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's printed forms, filled by hand (the applicant's side)."""
    a = c.applicant
    title = {"property_clue_form": "被执行人财产线索表", "payment_account_confirmation": "申请执行人收取执行款确认书",
             "service_address_confirmation": "送达地址确认书"}[code]
    s = Sheet()
    s.centred(mm(22), COURT, ming(36), spacing=2)
    s.centred(mm(22) + 60, title, font("serif_bold", 60), spacing=6)
    y: float = mm(22) + 160
    s.text(LEFT, y, "案号：", ming(34))
    pen(s, LEFT + mm(14), y - 6, c.number, rng, size=36)
    y += 70
    w = s.width - LEFT - RIGHT
    signer = a.legal_rep if a.kind == "organisation" else c.agent
    if code == "property_clue_form":
        if c.extra["tale"] == "heat":
            rows = [("银行账户", f"{c.extra['r_bank']}　账号{c.extra['r_acct']}（基本户）"),
                    ("不动产", "无（经营场所系租赁）"), ("车辆", "不详"),
                    ("其他财产", "店内库存商品；应收租户款项"), ("被执行人经营状况", "正常营业，全安街门市")]
        elif c.extra["tale"] == "wage":
            rows = [("银行账户", "不清楚"), ("不动产", "没有，饭店门市是租的"), ("车辆", "原来有一辆面包车"),
                    ("其他财产", "饭店里的灶台、冷柜"), ("被执行人经营状况", "饭店已关门，老板找不到")]
        else:
            rows = [("银行账户", "微信、支付宝收款"), ("不动产", "不清楚"), ("车辆", "一辆银色轿车，车牌不知道"),
                    ("其他财产", f"{c.extra['stall']}"), ("被执行人经营状况", "每天出摊")]
        cells = [[k, ""] for k, _ in rows]
        boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], cells, ming(34), heights=mm(24), label_font=hei(32))
        for (_k, v), row in zip(rows, boxes, strict=True):
            b = row[1]
            pen(s, b[0] + mm(4), b[1] + mm(5), v, rng, size=38, width=b[2] - b[0] - mm(8))
        y = boxes[-1][-1][3] + mm(8)
        s.text(LEFT, y, "申请执行人保证以上线索真实，如有虚假，愿承担相应法律责任。", ming(32))
    elif code == "payment_account_confirmation":
        rows = [("收款人（户名）", a.name), ("开户银行", str(c.extra["in_bank"])), ("账　号", str(c.extra["in_acct"])),
                ("联系电话", a.phone if a.kind == "person" else c.agent_phone)]
        boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], [[k, ""] for k, _ in rows], ming(34), heights=mm(18), label_font=hei(32))
        for (_k, v), row in zip(rows, boxes, strict=True):
            pen(s, row[1][0] + mm(5), row[1][1] + mm(4), v, rng, size=42)
        y = boxes[-1][-1][3] + mm(8)
        for t in ["本人（单位）确认：本案执行款项转入上述账户，转入即视为本人（单位）已收到；",
                  "账户信息变更的，将及时书面告知法院；因所填账户信息错误导致的损失由本人（单位）承担。"]:
            for part in wrap(t, ming(32), w):
                s.text(LEFT, y, part, ming(32))
                y += 50
    else:
        rows = [("受送达人", a.name), ("送达地址", a.address if a.kind == "person" else c.extra["firm_addr"]),
                ("收件人", a.name if a.kind == "person" else c.agent), ("手机号码", a.phone if a.kind == "person" else c.agent_phone),
                ("是否同意电子送达", "同意　短信、12368平台"), ("代收人", c.agent if c.extra["agent_kind"] == "relative" else "")]
        boxes = grid(s, LEFT, y, [mm(48), w - mm(48)], [[k, ""] for k, _ in rows], ming(34), heights=mm(18), label_font=hei(32))
        for (_k, v), row in zip(rows, boxes, strict=True):
            if v:
                pen(s, row[1][0] + mm(5), row[1][1] + mm(4), v, rng, size=38, width=row[1][2] - row[1][0] - mm(8))
        y = boxes[-1][-1][3] + mm(8)
        for t in ["告知：1.受送达人应当如实提供确切的送达地址；2.送达地址变更的，应当及时告知法院，未告知的，文书按原地址送达即"
                  "视为送达；3.提供的地址不准确、拒不提供或送达地址变更未及时告知，导致文书未能被实际接收的，文书退回之日视为送达之日。"]:
            for part in wrap(t, ming(30), w):
                s.text(LEFT, y, part, ming(30))
                y += 48
    y += mm(20)
    s.text(s.width - RIGHT - mm(110), y, "申请执行人（签名/盖章）：", ming(36))
    if a.kind == "organisation":
        company_seal(s, s.width - RIGHT - mm(30), y + 30, a.name, rng)
        hand(s, s.width - RIGHT - mm(40), y + 70, signer, rng, size=46, ink=BLACKPEN)
    else:
        hand(s, s.width - RIGHT - mm(40), y - 8, a.name, rng, size=48, ink=BLACKPEN)
        thumbprint(s, s.width - RIGHT - mm(12), y + 16, rng)
        s.text(s.width - RIGHT - mm(110), y + 90, "委托代理人：", ming(36))
        hand(s, s.width - RIGHT - mm(60), y + 82, c.agent, rng, size=46, ink=BLACKPEN)
    hand(s, s.width - RIGHT - mm(70), y + 170, num_date(d), rng, size=40, ink=BLACKPEN)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """财产申报表 (the court's printed form, issued with the 报告财产令) as the respondent returned it, filled by hand."""
    r = c.respondent
    s = Sheet()
    s.centred(mm(20), COURT, ming(34), spacing=2)
    s.centred(mm(20) + 58, "被执行人财产申报表", font("serif_bold", 60), spacing=6)
    y: float = mm(20) + 150
    s.text(LEFT, y, f"案号：{c.number}", ming(32))
    y += 56
    w = s.width - LEFT - RIGHT
    t = c.extra["tale"]
    if t == "heat":
        vals = [f"{r.name}　法定代表人{r.legal_rep}", f"{c.extra['r_bank']}基本户，余额约二十余万元", "无", "无",
                "无", "商品库存约三万元", "门市为租赁，无自有房产", "近期经营收入主要用于支付房租、工资"]
    elif t == "wage":
        vals = [f"{r.name}（已停业）", "农行账户余额十二元", "无", "无", "面包车已于2023年出售",
                "厨房设备抵顶房租", "无", "饭店亏损停业，无力偿还"]
    else:
        vals = [f"{r.name}　{r.id_number}", "邮储卡一张，余额几百元", "无", "无", "2012年银色捷达轿车一辆（旧）",
                "水果摊位（租的）", "租房居住", "愿意分期还款"]
    labels = ["申报人", "银行存款", "现金、有价证券", "股权、投资", "车辆", "其他动产", "不动产", "其他需说明的情况"]
    boxes = grid(s, LEFT, y, [mm(42), w - mm(42)], [[k, ""] for k in labels], ming(32), heights=mm(19), label_font=hei(30))
    for v, row in zip(vals, boxes, strict=True):
        pen(s, row[1][0] + mm(4), row[1][1] + mm(4), v, rng, size=38, width=row[1][2] - row[1][0] - mm(8), ink=BLACKPEN)
    y = boxes[-1][-1][3] + mm(8)
    for part in wrap("申报人保证：以上申报内容真实、完整，如有隐瞒、虚假申报，愿承担法律责任。", ming(30), w):
        s.text(LEFT, y, part, ming(30))
        y += 46
    y += mm(14)
    s.text(s.width - RIGHT - mm(100), y, "申报人（签名/盖章）：", ming(34))
    name = r.legal_rep if r.kind == "organisation" else r.name
    hand(s, s.width - RIGHT - mm(34), y - 8, name, rng, size=48, ink=BLACKPEN)
    if r.kind == "organisation":
        company_seal(s, s.width - RIGHT - mm(30), y + 60, r.name, rng)
    else:
        thumbprint(s, s.width - RIGHT - mm(10), y + 16, rng)
    hand(s, s.width - RIGHT - mm(70), y + 150, num_date(d), rng, size=40, ink=BLACKPEN)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统's printout: a monospaced header, then one row per body that answered, landscape; the
    second sheet is the 不动产/车辆 (点对点) feedback, a document of its own."""
    t = c.extra["tale"]
    r = c.respondent
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "吉林银行",
             "长春农村商业银行", "招商银行", "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司"]
    rows: list[list[str]] = []
    for b in banks:
        if t == "heat" and b == "吉林银行":
            rows.append([b, "有", f"{c.extra['r_acct']}", f"{float(c.amount) * rng.uniform(1.1, 1.6):,.2f}", "已冻结"])
        elif t == "wage" and b == "中国农业银行":
            rows.append([b, "有", f"0711{rng.randint(10**11, 10**12 - 1)}", "12.35", "已冻结"])
        elif t == "loan" and b in ("中国邮政储蓄银行", "财付通支付科技有限公司"):
            rows.append([b, "有", f"6221{rng.randint(10**11, 10**12 - 1)}" if "银行" in b else "wxid_***",
                         f"{rng.uniform(80, 900):,.2f}", "已冻结"])
        else:
            rows.append([b, "无", "—", "—", "—"])
    mono = font("mono", 28)
    sheets = []
    for part, title, data in (
        (1, "网络执行查控结果（存款、网络资金）", rows),
        (2, "网络执行查控结果（不动产、车辆、证券、工商）", [
            ["自然资源部（不动产登记）", "无", "—", "—", "—"],
            ["公安部交通管理局（机动车）", "有" if t == "loan" else "无",
             "吉A·" + f"{rng.randint(10000, 99999)}" if t == "loan" else "—", "捷达" if t == "loan" else "—",
             "已查封" if t == "loan" else "—"],
            ["中国证券登记结算有限责任公司", "无", "—", "—", "—"],
            ["国家市场监督管理总局（股权）", "无", "—", "—", "—"],
            ["中国银保监会（保险）", "无", "—", "—", "—"],
            ["互联网银行（网商、微众）", "无", "—", "—", "—"],
        ]),
    ):
        s = Sheet(size=(mm(297), mm(210)))
        s.text(mm(15), mm(12), "最高人民法院网络执行查控系统　　总对总查询反馈", mono)
        s.right(s.width - mm(15), mm(12), f"打印时间：{d:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", mono)
        s.centred(mm(22), title, font("sans_bold", 46))
        s.text(mm(15), mm(36), f"案号：{c.number}　　被查询人：{r.name}　　证照号码：{r.id_number}", mono)
        s.text(mm(15), mm(43), f"承办人：{c.officer}　　查询发起日期：{c.day(2):%Y-%m-%d}", mono)
        head = ["协助单位", "反馈结果", "账号/登记号", "余额/信息", "控制状态"]
        grid(s, mm(15), mm(52), [mm(90), mm(30), mm(75), mm(45), mm(27)], [head, *data], mono,
             heights=mm(10.5), label_cols=(), line=1)
        s.text(mm(15), s.height - mm(14), f"第{part}页　共2页　　（本页由系统生成，经办人核对）", mono)
        if part == 2:
            s.starts_document = True
        sheets.append(s)
    return sheets


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行和解协议 the two sides wrote with the bureau's model text, typed, signed and thumbprinted."""
    a, r = c.applicant, c.respondent
    first = c.extra["first"]
    rest = c.amount - first
    p = Pager(left=mm(30), right=mm(28))
    p.s.centred(mm(30), "执行和解协议", font("serif_bold", 70), spacing=20)
    p.y = mm(30) + 150
    f = font("serif", 40)
    for t in [f"甲方（申请执行人）：{a.name}，公民身份号码{a.id_number}。",
              f"委托代理人：{c.agent}，系甲方之弟。",
              f"乙方（被执行人）：{r.name}，公民身份号码{r.id_number}。"]:
        p.para(t, f, lead=68)
    p.para(f"甲乙双方民间借贷纠纷一案，{COURT}{c.basis_number}民事调解书已发生法律效力，甲方申请强制执行，案号{c.number}。"
           "执行中，经双方协商，自愿达成如下和解协议：", f, lead=68, indent=80)
    for t in [f"一、乙方于本协议签订当日向法院执行款专户交付{first:,.0f}元；",
              f"二、剩余{rest:,.0f}元，乙方于{num_date(d + timedelta(days=18))}前一次性交付至法院执行款专户；",
              "三、乙方按期足额履行上述义务后，甲方放弃迟延履行期间的债务利息，双方就本案再无其他纠纷；",
              "四、乙方未按本协议履行的，甲方可申请恢复执行原生效法律文书，乙方已履行部分予以扣除；",
              "五、本协议一式三份，甲乙双方各执一份，交法院存卷一份。"]:
        p.para(t, f, lead=68, indent=80)
    p.room(300)
    s = p.s
    y = p.y + 60
    s.text(mm(30), y, "甲方：", f)
    hand(s, mm(30) + 120, y - 8, a.name, rng, size=50, ink=BLACKPEN)
    thumbprint(s, mm(30) + 300, y + 20, rng)
    s.text(mm(30), y + 90, "代理人：", f)
    hand(s, mm(30) + 160, y + 82, c.agent, rng, size=50, ink=BLACKPEN)
    s.text(s.width - mm(110), y, "乙方：", f)
    hand(s, s.width - mm(110) + 120, y - 8, r.name, rng, size=50, ink=BLACKPEN)
    thumbprint(s, s.width - mm(40), y + 20, rng)
    s.text(mm(30), y + 200, f"签订日期：{num_date(d)}", f)
    s.text(mm(30), y + 280, f"（在{COURT}执行局{rng.choice(['第二', '第三'])}谈话室签订，执行员{c.officer}在场）", ming(32))
    return p.sheets

