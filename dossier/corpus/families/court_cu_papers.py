"""What reaches 蚌山区法院执行局 from outside, each in its maker's hand: the lawyers' typed 申请书, 授权委托书 and 所函,
the 劳动人事争议仲裁委员会's award and its 生效证明, 蚌埠中院's 二审 judgment, 禹会区法院's 支付令, licences, ID copies and
the 企业信用信息公示系统 printout, the 非税收入 缴款书, the 查控 system's printout, the bank's 电子回单, and the court's
window forms as the parties filled them."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    id_number,
    money,
    money_caps,
    num_date,
    person_name,
)
from dossier.corpus.draw import Block, Sheet, hand, mm, seal, signature, table
from dossier.corpus.families.court_cu_kit import (
    COURT,
    MARGIN_L,
    MARGIN_R,
    MARGIN_T,
    body,
    fill,
    footer,
    typed,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
LABOUR = "蚌埠市劳动人事争议仲裁委员会"
APPEAL = "安徽省蚌埠市中级人民法院"
YUHUI = "安徽省蚌埠市禹会区人民法院"


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _who(p: Party) -> list[str]:
    if p.kind == "organisation":
        return [f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。", f"法定代表人：{p.legal_rep}，总经理。"]
    born = p.born or date(1980, 1, 1)
    return [f"{p.name}，{p.sex}，汉族，{born.year}年{born.month}月{born.day}日出生，住{p.address}，公民身份号码{p.id_number}。"]


def _lines(label: str, p: Party) -> list[Block]:
    first, *rest = _who(p)
    return [("f", f"{label}：{first}"), *[("f", x) for x in rest]]


def _sign_party(s: Sheet, p: Party, cx: float, cy: float, rng: random.Random) -> None:
    if p.kind == "organisation":
        seal(s, cx, cy, p.name, rng, radius=mm(19))
    else:
        signature(s, cx - mm(18), cy - mm(6), p.name, rng)
        _thumb(s, cx + mm(16), cy + mm(2), rng)


def _thumb(s: Sheet, cx: float, cy: float, rng: random.Random) -> None:
    """A red thumbprint (捺印) beside a worker's signature: an oval of broken ridges in 印泥 red."""
    d = s.draw
    rx, ry = mm(5.5), mm(7.5)
    for k in range(9):
        f = 1 - k * 0.1
        col = (196 + rng.randint(-10, 10), 40 + rng.randint(0, 30), 50 + rng.randint(0, 30))
        d.ellipse((cx - rx * f, cy - ry * f, cx + rx * f, cy + ry * f), outline=col, width=3)


def _party_font(c: CaseCtx) -> tuple[Font, Font]:
    """Each firm's word processor: (body, bold title)."""
    return {"wage": (font("sans", 40), font("sans_bold", 64)), "build": (font("serif", 42), font("serif_bold", 68)),
            "fish": (font("wenkai", 42), font("wenkai_bold", 66))}[_tale(c)]


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "enforcement_basis":
        return {"wage": _award, "build": _judgment, "fish": _payment_order}[_tale(c)](c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _license(c, rng)
    if code == "identity_proof":
        if "respondent" in served:
            return _registry(c, rng)
        return _identity(c, rng, c.applicant)
    if code == "property_clue_form":
        return _clues(c, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code == "payment_account_confirmation":
        return _account(c, rng)
    if code == "service_address_confirmation":
        return _address(c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    return _voucher(c, rng)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    f, fb = _party_font(c)
    s = Sheet()
    s.centred(MARGIN_T, "强制执行申请书" if _tale(c) != "wage" else "执行申请书", fb, spacing=14)
    t = _tale(c)
    ask = {"wage": lambda: [f"1. 请求强制执行被申请人支付申请人拖欠工资{c.extra['owed']:,.2f}元、解除劳动合同经济补偿金"
                    f"{c.extra['comp']:,.2f}元，合计{money(c.amount)}；",
                    "2. 请求对被申请人采取限制高消费措施，并将其纳入失信被执行人名单；", "3. 执行费用由被申请人承担。"],
           "build": lambda: [f"1. 依法强制执行被执行人支付工程款及利息合计{money(c.amount)}；", "2. 被执行人加倍支付迟延履行期间的债务利息；",
                     "3. 对被执行人及其法定代表人限制高消费，并纳入失信被执行人名单；", "4. 本案执行费由被执行人负担。"],
           "fish": lambda: [f"1. 强制执行被申请人支付货款{money(c.amount)}；", "2. 被申请人加倍支付迟延履行期间的债务利息；",
                    "3. 申请对被申请人限制高消费、纳入失信被执行人名单；", "4. 执行费用由被申请人负担。"]}[t]()
    facts = {
        "wage": lambda: f"申请人自{c.extra['hired']}年起在被申请人处从事{c.extra['job']}工作，月工资{c.extra['wage']}元。被申请人自2023年起"
                f"拖欠申请人{c.extra['months']}个月工资，后以订单减少为由停产并解除与申请人的劳动关系，未支付经济补偿。申请人向"
                f"{LABOUR}申请仲裁，该委作出{c.basis_number}仲裁裁决书，裁决已发生法律效力，被申请人至今分文未付。申请人系"
                "经蚌埠市法律援助中心指派律师代理。",
        "build": lambda: f"申请人承建被执行人开发的{c.extra['estate']}{c.extra['phase']}住宅工程，工程竣工后被执行人拖欠工程款。申请人诉至"
                 f"{COURT}，该院作出{c.extra['first_no']}民事判决，被执行人不服提起上诉，{APPEAL}于作出{c.basis_number}民事判决，"
                 "驳回上诉，维持原判。判决已发生法律效力，被执行人未履行。",
        "fish": lambda: f"申请人长期向被申请人经营的{c.extra['shop']}供应鲜活水产，被申请人累计拖欠货款，经对账确认后仍未支付。申请人向"
                f"{YUHUI}申请支付令，该院作出{c.basis_number}支付令，被申请人在法定期间内未提出书面异议，支付令已发生法律效力。"
                "被申请人的主要经营场所及财产在贵院辖区。",
    }[t]()
    who_a = "申请人" if _tale(c) != "build" else "申请执行人"
    who_r = "被申请人" if _tale(c) != "build" else "被执行人"
    blocks: list[Block] = [*_lines(who_a, a), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
                           *_lines(who_r, r), ("f", f"执行依据：{c.basis_court}{c.basis_number}"), ("f", "请求事项："),
                           *[("f", x) for x in ask], ("f", "事实与理由："), ("p", facts),
                           ("p", "根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行，请依法支持。"),
                           ("f", "此致"), ("f", COURT)]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 130, f=f, lh=int(f.size * 1.75))
    last = sheets[-1]
    if y > last.height - mm(85):
        last = Sheet()
        sheets.append(last)
        y = MARGIN_T
    last.text(last.width - MARGIN_R - mm(90), y + 60, f"{who_a}：", f)
    _sign_party(last, a, last.width - MARGIN_R - mm(32), y + 130, rng)
    last.right(last.width - MARGIN_R, y + 250, num_date(c.filed_on - timedelta(days=rng.randint(3, 8))), f)
    return footer(sheets, font("sans", 28), style="dash")


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 劳动人事争议仲裁委员会's award: committee name in red over a red rule, 仲裁裁决书 in hei, 申请人称 / 被申请人辩称 /
    本委查明 / 本委认为, the 终局 clause of art. 47, three arbitrators and the committee's seal."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    red = (200, 30, 30)
    s.centred(MARGIN_T - 10, LABOUR, font("serif_bold", 66), spacing=4, fill=red)
    s.line(MARGIN_L, MARGIN_T + 90, s.width - MARGIN_R, MARGIN_T + 90, width=5, fill=red)
    s.centred(MARGIN_T + 130, "仲 裁 裁 决 书", font("hei", 72), spacing=10)
    s.right(s.width - MARGIN_R, MARGIN_T + 245, c.basis_number, font("serif", 40))
    f = font("serif", 40)
    owed, comp = c.extra["owed"], c.extra["comp"]
    applied = c.basis_effective - timedelta(days=rng.randint(50, 80))
    blocks: list[Block] = [
        *_lines("申请人", a), ("f", f"委托代理人：{c.agent}，{c.firm}律师（法律援助）。"), *_lines("被申请人", r),
        ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委于{num_date(applied)}立案受理，依法组成仲裁庭公开开庭审理。"
              "申请人及其委托代理人到庭参加仲裁活动，被申请人经本委依法送达开庭通知，无正当理由未到庭，本委依法缺席裁决。"
              "本案现已审理终结。"),
        ("p", f"申请人请求：1. 裁决被申请人支付拖欠的{c.extra['months']}个月工资{owed:,.2f}元；2. 裁决被申请人支付解除劳动合同"
              f"经济补偿金{comp:,.2f}元。"),
        ("p", f"本委查明：申请人于{c.extra['hired']}年进入被申请人处从事{c.extra['job']}工作，双方签订书面劳动合同，申请人月工资"
              f"{c.extra['wage']}元。被申请人自2023年起拖欠申请人工资{c.extra['months']}个月，后停产并通知申请人解除劳动合同。"
              "以上事实有劳动合同、工资表、考勤记录、微信聊天记录及庭审笔录在卷佐证。"),
        ("p", "本委认为：用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。被申请人拖欠申请人工资，应予支付。"
              f"被申请人因经营原因解除劳动合同，应依照《中华人民共和国劳动合同法》第四十六条、第四十七条的规定，按申请人在本单位"
              f"工作年限每满一年支付一个月工资的标准支付经济补偿，即{c.extra['years']}个月工资。"),
        ("p", "依照《中华人民共和国劳动争议调解仲裁法》第四十七条，《中华人民共和国劳动合同法》第三十条、第四十六条、第四十七条"
              "之规定，裁决如下："),
        ("p", f"一、被申请人于本裁决生效之日起五日内支付申请人工资{owed:,.2f}元；"),
        ("p", f"二、被申请人于本裁决生效之日起五日内支付申请人解除劳动合同经济补偿金{comp:,.2f}元。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。劳动者对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院"
              "提起诉讼。用人单位有证据证明本裁决有法定情形之一的，可以自收到本裁决书之日起三十日内向蚌埠市中级人民法院申请撤销。"),
        ("p", "一方当事人逾期不履行的，另一方当事人可以向有管辖权的人民法院申请强制执行。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 320, f=f, lh=74)
    last = sheets[-1]
    if y > last.height - mm(95):
        last = Sheet()
        sheets.append(last)
        y = MARGIN_T
    for role in ("首席仲裁员", "仲　裁　员", "仲　裁　员"):
        last.text(last.width - MARGIN_R - mm(88), y + 40, f"{role}　{person_name(rng)}", f)
        y += 72
    made = c.basis_effective - timedelta(days=rng.randint(0, 3))
    last.right(last.width - MARGIN_R, y + 90, cn_date(made), f)
    seal(last, last.width - MARGIN_R - mm(36), y + 100, LABOUR, rng, radius=mm(21), inner="仲裁专用章")
    last.text(last.width - MARGIN_R - mm(88), y + 190, f"书　记　员　{person_name(rng)}", f)
    return footer(sheets, font("serif", 28), style="paren")


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """蚌埠中院's 二审 judgment: the court in bold song, a long recital of both sides, 驳回上诉，维持原判; three pages."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("serif", 42)
    s.centred(MARGIN_T, APPEAL, font("serif_bold", 62), spacing=6)
    s.centred(MARGIN_T + 110, "民 事 判 决 书", font("serif_bold", 80), spacing=12)
    s.right(s.width - MARGIN_R, MARGIN_T + 240, c.basis_number, f)
    est, ph = c.extra["estate"], c.extra["phase"]
    price = (c.amount * Decimal("3.4")).quantize(Decimal("1"))
    blocks: list[Block] = [
        ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。"),
        ("f", f"委托诉讼代理人：{person_name(rng)}，该公司员工。"),
        ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，该公司董事长。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}建设工程施工合同纠纷一案，不服安徽省蚌埠市蚌山区人民法院{c.extra['first_no']}"
              "民事判决，向本院提起上诉。本院于立案后，依法组成合议庭，开庭进行了审理。上诉人的委托诉讼代理人、被上诉人的委托"
              "诉讼代理人到庭参加诉讼。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，依法改判或发回重审。事实和理由：{est}{ph}工程存在质量问题，未经竣工验收，工程款"
              "支付条件未成就；一审对工程价款的认定依据不足，应以审计结论为准。"),
        ("p", f"{a.name}辩称：案涉工程已于约定期间竣工并经五方责任主体验收合格，上诉人已将房屋交付购房户使用，其关于质量问题的"
              "主张没有证据支持。一审判决认定事实清楚，适用法律正确，请求驳回上诉，维持原判。"),
        ("p", f"{a.name}向一审法院起诉请求：判令{r.name}支付工程款及逾期付款利息。一审法院认定事实：双方签订《建设工程施工合同》，"
              f"约定由{a.name}承建{est}{ph}{c.extra['blocks']}栋住宅楼及地下车库，合同暂定价{price:,}元。工程竣工验收后，"
              f"{r.name}尚欠工程款未付。一审判决：{r.name}于判决生效之日起十日内支付{a.name}工程款及利息合计{money(c.amount)}。"),
        ("p", "本院二审期间，当事人未提交新证据。本院对一审查明的事实予以确认。"),
        ("p", "本院认为，案涉工程已竣工验收合格并交付使用，发包人应当按照约定支付工程价款。上诉人主张工程存在质量问题，未提交"
              "证据证明，亦未在合同约定的期限内提出异议；其主张以审计结论确定工程价款，但双方合同并未约定以审计结论作为结算依据，"
              "本院不予支持。"),
        ("p", "综上所述，上诉人的上诉请求不能成立，应予驳回；一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国"
              "民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{int(float(c.amount) * 0.006 + 9000)}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 330, f=f, lh=80)
    last = sheets[-1]
    if y > last.height - mm(100):
        last = Sheet()
        sheets.append(last)
        y = MARGIN_T
    x = last.width - MARGIN_R - mm(66)
    for role in ("审 判 长", "审 判 员", "审 判 员"):
        last.text(x, y + 40, f"{role}　{person_name(rng)}", f)
        y += 78
    made = c.basis_effective - timedelta(days=rng.randint(8, 15))
    last.right(last.width - MARGIN_R, y + 80, cn_date(made), f)
    seal(last, last.width - MARGIN_R - mm(38), y + 92, APPEAL, rng, radius=mm(21))
    last.text(MARGIN_L + mm(8), y + 100, "本件与原本核对无异", font("serif", 36))
    last.text(x, y + 170, f"法官助理　{person_name(rng)}", f)
    last.text(x, y + 248, f"书 记 员　{person_name(rng)}", f)
    return footer(sheets, font("serif", 30), style="dash")


def _payment_order(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """禹会区法院's 支付令: the court in ming, 支付令 set wide, 申请人 / 被申请人, the 十五日 objection clause; one page."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("ming", 42)
    s.centred(MARGIN_T + 10, YUHUI, font("ming", 60), spacing=6)
    s.centred(MARGIN_T + 120, "支　付　令", font("hei", 82), spacing=16)
    s.right(s.width - MARGIN_R, MARGIN_T + 250, c.basis_number, f)
    asked = c.basis_effective - timedelta(days=rng.randint(25, 35))
    fee = (Decimal(int(float(c.amount) * 0.025 - 200)) / 3).quantize(Decimal("0.01"))
    c.extra["order_fee"] = fee
    blocks: list[Block] = [
        *_lines("申请人", a), *_lines("被申请人", r),
        ("p", f"申请人{a.name}于{num_date(asked)}向本院申请支付令。申请人称：被申请人经营的{c.extra['shop']}自2022年起向申请人"
              f"采购鲜活水产品，双方于2023年末对账确认，被申请人尚欠货款{c.amount:,.2f}元，经申请人多次催要未付。申请人据此请求"
              "本院向被申请人发出支付令，督促被申请人给付上述货款。"),
        ("p", "本院经审查认为，申请人的申请符合《中华人民共和国民事诉讼法》第二百二十五条规定的条件。依照《中华人民共和国民事"
              "诉讼法》第二百二十七条的规定，特发出如下支付令："),
        ("p", f"被申请人{r.name}应当自收到本支付令之日起十五日内，给付申请人{a.name}货款{money(c.amount)}。"),
        ("p", f"申请费{fee}元，由被申请人负担。"),
        ("p", "被申请人如对本支付令有异议，应当自收到本支付令之日起十五日内向本院书面提出。逾期不提出书面异议的，本支付令即发生"
              "法律效力，申请人可以向人民法院申请执行。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 340, f=f, lh=80)
    last = sheets[-1]
    last.text(last.width - MARGIN_R - mm(60), y + 60, f"审判员　{person_name(rng)}", f)
    made = asked + timedelta(days=rng.randint(3, 5))
    last.right(last.width - MARGIN_R, y + 170, cn_date(made), f)
    seal(last, last.width - MARGIN_R - mm(36), y + 180, YUHUI, rng, radius=mm(21))
    last.text(last.width - MARGIN_R - mm(60), y + 270, f"书记员　{person_name(rng)}", f)
    hand(last, MARGIN_L, y + 400, f"已生效 {c.basis_effective.month}.{c.basis_effective.day}", rng, size=44, ink=(190, 40, 40))
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    if _tale(c) == "wage":
        red = (200, 30, 30)
        s.centred(MARGIN_T - 10, LABOUR, font("serif_bold", 62), spacing=4, fill=red)
        s.line(MARGIN_L, MARGIN_T + 86, s.width - MARGIN_R, MARGIN_T + 86, width=5, fill=red)
        s.centred(MARGIN_T + 130, "仲裁裁决书生效证明", font("hei", 66), spacing=6)
        f = font("serif", 42)
        sheets, y = typed([("f", f"{COURT}："),
                           ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委于{cn_date(c.basis_effective)}作出"
                                 f"{c.basis_number}仲裁裁决书，并已依法送达双方当事人。该裁决为终局裁决，被申请人在法定期限内未向"
                                 "蚌埠市中级人民法院申请撤销，申请人亦未向人民法院提起诉讼，该裁决书已发生法律效力。"),
                           ("p", "特此证明。")], head=s, y=MARGIN_T + 290, f=f, lh=80)
        s.right(s.width - MARGIN_R, y + 150, cn_date(c.basis_effective + timedelta(days=rng.randint(32, 40))), f)
        seal(s, s.width - MARGIN_R - mm(36), y + 160, LABOUR, rng, radius=mm(21))
        s.text(MARGIN_L, y + 360, f"经办人：{person_name(rng)}　　联系电话：0552-20{rng.randint(10000, 99999)}", font("serif", 34))
        return sheets
    s.centred(MARGIN_T, COURT, font("serif_bold", 54), spacing=4)
    s.centred(MARGIN_T + 96, "生效证明书", font("serif_bold", 76), spacing=16)
    w = s.width - MARGIN_L - MARGIN_R
    rows = [["案　　号", f"一审{c.extra['first_no']}　二审{c.basis_number}"], ["案　　由", c.extra["cause"]],
            ["原审原告", a.name], ["原审被告", r.name], ["法律文书", "民事判决书（一审）、民事判决书（二审）"],
            ["生效日期", num_date(c.basis_effective)], ["说　　明", "二审判决已于上述日期送达双方当事人，一审、二审判决同时发生法律效力。"]]
    y = MARGIN_T + 260
    table(s, MARGIN_L, y, [mm(40), w - mm(40)], rows, body(38), row_h=140, centre_first=True)
    y += 140 * len(rows) + 80
    s.text(MARGIN_L, y, "承办庭：民事审判第二庭　　承办人：", body(40))
    signature(s, MARGIN_L + mm(108), y - 14, person_name(rng), rng)
    s.right(s.width - MARGIN_R - mm(8), y + 130, cn_date(c.basis_effective + timedelta(days=rng.randint(12, 25))), body(42))
    seal(s, s.width - MARGIN_R - mm(34), y + 140, COURT, rng, radius=mm(20))
    return [s]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    f, fb = _party_font(c)
    s = Sheet()
    s.centred(MARGIN_T + 10, "授权委托书", fb, spacing=22)
    scope = ("特别授权：代为申请执行、提供财产线索、申请采取强制措施、代为签收法律文书、参加约谈、代为和解、代为领取执行款。"
             if _tale(c) != "build" else
             "特别授权：代为申请强制执行，代为提供财产线索，申请查封、冻结、扣押、拍卖，代为签收法律文书，参加约谈并发表意见，"
             "代为和解，代为领取执行款，代为申请终结本次执行程序及恢复执行。")
    blocks: list[Block] = [("f", "委托人：" + _who(a)[0]), *[("f", x) for x in _who(a)[1:]],
                           ("f", f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
                           ("p", f"委托人因与{r.name}{c.extra['cause']}一案申请强制执行，现委托上列受托人为委托人的代理人。"),
                           ("f", "代理权限：" + scope), ("f", "委托期限：自签订之日起至本案执行终结时止。")]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 150, f=f, lh=int(f.size * 1.8))
    last = sheets[-1]
    last.text(last.width - MARGIN_R - mm(95), y + 80, "委托人（签名/盖章）：", f)
    _sign_party(last, a, last.width - MARGIN_R - mm(40), y + 180, rng)
    last.text(last.width - MARGIN_R - mm(95), y + 300, "受托人（签名）：", f)
    signature(last, last.width - MARGIN_R - mm(48), y + 290, c.agent, rng)
    last.right(last.width - MARGIN_R, y + 420, num_date(c.filed_on - timedelta(days=rng.randint(6, 10))), f)
    return sheets


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("serif", 42)
    s.centred(MARGIN_T, c.firm, font("serif_bold", 64), spacing=8, fill=(190, 30, 30))
    s.line(MARGIN_L, MARGIN_T + 96, s.width - MARGIN_R, MARGIN_T + 96, width=4, fill=(190, 30, 30))
    s.line(MARGIN_L, MARGIN_T + 106, s.width - MARGIN_R, MARGIN_T + 106, width=1, fill=(190, 30, 30))
    s.centred(MARGIN_T + 150, "律 师 事 务 所 函", font("hei", 60), spacing=6)
    s.right(s.width - MARGIN_R, MARGIN_T + 250, f"〔{c.filed_on.year}〕皖{c.firm[2:4]}律函字第{rng.randint(20, 299)}号", f)
    aid = (f"本所受蚌埠市法律援助中心指派（{c.extra['aid_no']}），" if _tale(c) == "wage" else f"本所接受{a.name}的委托，")
    blocks: list[Block] = [("f", f"{COURT}："),
                           ("p", f"{aid}指派{c.agent}律师担任{a.name}与{r.name}{c.extra['cause']}执行一案申请执行人的代理人。"),
                           ("p", "特此函告。"), ("f", "附：授权委托书一份"),
                           ("f", f"律师：{c.agent}　执业证号：{c.extra['licence']}"),
                           ("f", f"本所地址：{c.extra['firm_addr']}"), ("f", f"联系电话：{c.agent_phone}")]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 350, f=f, lh=80)
    s.right(s.width - MARGIN_R, y + 130, cn_date(c.filed_on - timedelta(days=rng.randint(4, 7))), f)
    seal(s, s.width - MARGIN_R - mm(36), y + 140, c.firm, rng, radius=mm(20))
    return sheets


def _license(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A photocopy of the 律师执业证's inside pages, the lawyer's 与原件一致 and signature under it."""
    s = Sheet()
    x0, y0 = MARGIN_L, MARGIN_T + 40
    w, h = s.width - MARGIN_L - MARGIN_R, mm(100)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(214, 214, 214), outline=(70, 70, 70), width=3)
    s.line(x0 + w / 2, y0, x0 + w / 2, y0 + h, width=3, fill=(110, 110, 110))
    s.draw.rectangle((x0 + mm(14), y0 + mm(12), x0 + mm(44), y0 + mm(52)), fill=(140, 140, 140))
    f = font("hei", 32)
    born = date(rng.randint(1978, 1992), rng.randint(1, 12), rng.randint(1, 28))
    s.text(x0 + mm(8), y0 + mm(60), f"持证人　{c.agent}", f)
    s.text(x0 + mm(8), y0 + mm(70), f"性　别　{rng.choice('男女')}", f)
    s.text(x0 + mm(8), y0 + mm(80), f"身份证号　{id_number(rng, '340303', born)}", font("hei", 28))
    seal(s, x0 + mm(62), y0 + mm(40), "安徽省司法厅", rng, radius=mm(14))
    xr = x0 + w / 2 + mm(8)
    s.text(xr, y0 + mm(10), f"执业机构　{c.firm}", f)
    s.text(xr, y0 + mm(22), "执业证类别　专职律师", f)
    s.text(xr, y0 + mm(34), f"执业证号　{c.extra['licence']}", f)
    s.text(xr, y0 + mm(46), f"法律职业资格证号　A{rng.randint(2010, 2018)}{rng.randint(10**9, 10**10 - 1)}", font("hei", 28))
    s.text(xr, y0 + mm(58), "发证机关　安徽省司法厅", f)
    s.text(xr, y0 + mm(70), f"发证日期　{rng.randint(2014, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    s.text(xr, y0 + mm(84), f"年度考核　{c.filed_on.year - 1}年度 称职", f)
    s.centred(y0 + h + mm(8), "中华人民共和国律师执业证（复印件）", font("hei", 44))
    hand(s, MARGIN_L + mm(28), y0 + h + mm(34), "此复印件与原件核对一致", rng, size=50, ink=(25, 25, 30))
    signature(s, MARGIN_L + mm(118), y0 + h + mm(34), c.agent, rng)
    return [s]


def _identity(c: CaseCtx, rng: random.Random, p: Party) -> list[Sheet]:
    s = Sheet()
    if p.kind == "person":
        x = s.width / 2 - mm(43)
        for k, top in enumerate((MARGIN_T + 60, MARGIN_T + mm(80))):
            y = float(top)
            s.draw.rounded_rectangle((x, y, x + mm(86), y + mm(54)), radius=26, fill=(228, 228, 228), outline=(90, 90, 90), width=3)
            f = font("hei", 30)
            if k == 0:
                born = p.born or date(1980, 1, 1)
                s.text(x + mm(5), y + mm(6), f"姓名　{p.name}", f)
                s.text(x + mm(5), y + mm(14), f"性别　{p.sex}　　民族　汉", f)
                s.text(x + mm(5), y + mm(22), f"出生　{born.year}年{born.month}月{born.day}日", f)
                s.text(x + mm(5), y + mm(30), "住址　" + p.address.removeprefix("安徽省")[:12], f)
                s.text(x + mm(16), y + mm(37), p.address.removeprefix("安徽省")[12:24], f)
                s.text(x + mm(5), y + mm(46), f"公民身份号码　{p.id_number}", font("hei", 32))
                s.draw.rectangle((x + mm(61), y + mm(8), x + mm(81), y + mm(36)), fill=(150, 150, 150))
            else:
                s.centred(y + mm(10), "中华人民共和国", font("hei", 44), x0=x, x1=x + mm(86))
                s.centred(y + mm(22), "居 民 身 份 证", font("hei", 54), x0=x, x1=x + mm(86))
                s.text(x + mm(8), y + mm(40), "签发机关　蚌埠市公安局蚌山分局", f)
                s.text(x + mm(8), y + mm(47), f"有效期限　20{rng.randint(15, 21)}.0{rng.randint(1, 9)}.2{rng.randint(0, 8)}-长期", f)
        fill(s, x + mm(4), MARGIN_T + mm(150), "本人身份证复印件，仅供法院执行使用", rng, size=42, ink=(25, 25, 30))
        signature(s, x + mm(40), MARGIN_T + mm(164), p.name, rng)
        _thumb(s, x + mm(80), MARGIN_T + mm(168), rng)
        return [s]
    s.draw.rectangle((mm(18), mm(18), s.width - mm(18), s.height * 0.56), outline=(150, 110, 50), width=14)
    s.centred(mm(36), "营 业 执 照", font("serif_bold", 86), spacing=8)
    s.centred(mm(58), "（副　本）", font("serif", 40))
    s.text(mm(30), mm(72), f"统一社会信用代码　{p.id_number}", font("serif", 36))
    f = font("serif", 38)
    scope = "房屋建筑工程施工总承包、市政公用工程、建筑劳务分包" if "建设" in p.name else "水产品批发零售、冷链仓储、农副产品销售"
    items = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
             ("注册资本", f"{rng.choice(['贰仟', '伍佰', '壹仟'])}万圆整"), ("成立日期", f"20{rng.randint(5, 16):02d}年"
                                                                       f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
             ("住　　所", p.address), ("经营范围", scope)]
    y = float(mm(88))
    for label, v in items:
        s.text(mm(30), y, label, f)
        s.text(mm(76), y, v[:24], f)
        if len(v) > 24:
            y += mm(9)
            s.text(mm(76), y, v[24:48], f)
        y += mm(12)
    s.text(s.width - mm(100), s.height * 0.56 - mm(30), "登记机关", f)
    seal(s, s.width - mm(58), s.height * 0.56 - mm(36), "蚌埠市市场监督管理局", rng, radius=mm(18))
    y = s.height * 0.59
    s.centred(y, "法定代表人身份证明书", font("hei", 50))
    sheets, _ = typed([("p", f"{p.legal_rep}，现任我公司执行董事兼总经理职务，系我公司法定代表人。"), ("p", "特此证明。")],
                      head=s, y=y + 110, f=body(42), lh=80)
    seal(s, s.width - mm(70), s.height - mm(56), p.name, rng, radius=mm(19))
    s.right(s.width - MARGIN_R, s.height - mm(48), num_date(c.filed_on - timedelta(days=rng.randint(6, 12))), body(40))
    hand(s, mm(30), s.height * 0.56 + mm(4), "与原件一致", rng, size=40, ink=(190, 40, 40))
    return sheets


def _registry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The respondent's entry printed from the 国家企业信用信息公示系统 by the applicant's lawyer: browser header, a
    key-value table, the URL and print time at the foot."""
    r = c.respondent
    s = Sheet()
    f = font("sans", 32)
    s.draw.rectangle((mm(12), mm(12), s.width - mm(12), mm(30)), fill=(200, 40, 40))
    s.text(mm(18), mm(15), "国家企业信用信息公示系统", font("sans_bold", 44), fill=(255, 255, 255))
    s.text(mm(12), mm(38), f"{r.name}　　存续（在营、开业、在册）", font("sans_bold", 40))
    trade = "服装制造、服饰加工、纺织品销售" if _tale(c) == "wage" else (
        "房地产开发经营、物业管理、建筑材料销售" if _tale(c) == "build" else "餐饮服务、预包装食品销售、会议服务")
    rows = [["统一社会信用代码", r.id_number, "企业名称", r.name], ["类型", "有限责任公司（自然人投资或控股）", "法定代表人", r.legal_rep],
            ["注册资本", f"{rng.choice([100, 200, 500, 1000, 2000])}万元人民币", "成立日期", f"20{rng.randint(8, 19):02d}-0"
                                                                                  f"{rng.randint(1, 9)}-{rng.randint(10, 28)}"],
            ["登记机关", "蚌埠市蚌山区市场监督管理局", "核准日期", f"{c.filed_on.year - 1}-{rng.randint(10, 12)}-{rng.randint(10, 28)}"],
            ["住所", r.address], ["经营范围", trade]]
    w = s.width - mm(24)
    table(s, mm(12), mm(52), [mm(40), w / 2 - mm(40), mm(32), w / 2 - mm(32)], rows, f, row_h=110)
    s.text(mm(12), mm(52) + 110 * 6 + 40, "股东及出资信息", font("sans_bold", 36))
    sh = [["股东名称", "认缴出资额（万元）", "出资比例"], [r.legal_rep, "—", f"{rng.choice([60, 70, 80, 100])}%"]]
    table(s, mm(12), mm(52) + 110 * 6 + 100, [w / 2, w / 4, w / 4], sh, f, row_h=90)
    s.text(mm(12), s.height - mm(18), f"https://www.gsxt.gov.cn/corp-query-entprise-info-{rng.randint(10**9, 10**10 - 1)}.html",
           font("sans", 26))
    s.right(s.width - mm(12), s.height - mm(18), f"{c.filed_on - timedelta(days=2):%Y/%m/%d} 1{rng.randint(0, 7)}:{rng.randint(10, 59)}",
            font("sans", 26))
    hand(s, mm(20), s.height * 0.62, f"被执行人主体信息　{c.agent}", rng, size=40, ink=(25, 25, 30))
    return [s]


def _window_form(title: str, sub: str) -> tuple[Sheet, float]:
    """A form printed by the court for its filing window (the party fills it in)."""
    s = Sheet()
    s.centred(MARGIN_T, COURT, font("hei", 46), spacing=4)
    s.centred(MARGIN_T + 72, title, font("hei", 60), spacing=6)
    y = MARGIN_T + 170
    if sub:
        s.text(MARGIN_L, y, sub, body(36))
        y += 70
    return s, y


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _window_form("被执行人财产线索表", f"案号：{c.number}")
    w = s.width - MARGIN_L - MARGIN_R
    clue = {"wage": [("银行账户", f"{c.extra.get('r_bank', '')}（工资由此账户发放）"), ("不动产", "厂房系租赁"),
                     ("车辆", "不清楚"), ("其他", "厂里还有缝纫机二十多台")],
            "build": [("银行账户", "基本户开户行不详，项目监管账户在售楼处公示"), ("不动产", f"{c.extra.get('estate', '')}未售房屋、车位"),
                      ("应收款", "购房户未付尾款"), ("其他", "售楼处办公设备")],
            "fish": [("银行账户", c.extra.get("r_bank", "")), ("经营收入", "酒楼微信、支付宝收款码"), ("不动产", "门面系租赁"),
                     ("其他", "厨房设备")]}[str(c.extra["tale"])]
    rows = [["申请执行人", ""], ["被执行人", ""], *[[k, ""] for k, _ in clue], ["线索来源", ""], ["填表人", ""]]
    table(s, MARGIN_L, y, [mm(42), w - mm(42)], rows, body(38), row_h=140, centre_first=True)
    vals = [c.applicant.name, c.respondent.name, *[v for _, v in clue], "本人了解 / 工作中得知", ""]
    for i, v in enumerate(vals):
        if v:
            fill(s, MARGIN_L + mm(46), y + 140 * i + 46, v[:23], rng, size=38)
    signature(s, MARGIN_L + mm(52), y + 140 * (len(rows) - 1) + 32, c.agent, rng)
    fill(s, MARGIN_L + mm(100), y + 140 * (len(rows) - 1) + 46, num_date(c.filed_on), rng, size=36)
    s.text(MARGIN_L, y + 140 * len(rows) + 40, "提示：申请执行人应如实提供线索；提供虚假线索的，依法承担相应责任。", body(32))
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """安徽省非税收入一般缴款书 (the 执收单位's copy for the payer), a wide slip pasted on a sheet."""
    s = Sheet()
    x0, y0, w, h = mm(16), mm(30), s.width - mm(32), mm(118)
    green = (40, 110, 70)
    s.box(x0, y0, x0 + w, y0 + h, width=3, outline=green)
    s.centred(y0 + 20, "安徽省非税收入一般缴款书", font("serif_bold", 54), x0=x0, x1=x0 + w, fill=green)
    s.centred(y0 + 88, "（电子）", font("serif", 30), x0=x0, x1=x0 + w, fill=green)
    t = _tale(c)
    if t == "build":
        payer, item, amt = c.applicant.name, "案件受理费（一审）", Decimal(int(float(c.amount) * 0.006 + 9000))
        when = c.basis_effective - timedelta(days=rng.randint(300, 360))
    elif t == "wage":
        payer, item, amt = c.respondent.name, "申请执行费（从执行款中扣收）", c.extra["fee"]
        when = c.extra["pay_day"]
    else:
        payer, item, amt = c.applicant.name, "申请执行费", c.extra["fee"]
        when = c.filed_on
    s.text(x0 + mm(6), y0 + 140, f"执收单位：{COURT}", body(34))
    s.right(x0 + w - mm(6), y0 + 140, f"票据号码 {rng.randint(10**9, 10**10 - 1)}", font("mono", 34))
    rows = [["缴款人", payer, "缴款码", f"34{rng.randint(10**15, 10**16 - 1)}"], ["项目编码", "项目名称", "数量", "金额（元）"],
            [f"1030{rng.randint(10**5, 10**6 - 1)}", item, "1", f"{amt:.2f}"], ["合计（大写）", money_caps(amt), "", f"{amt:.2f}"]]
    table(s, x0 + mm(6), y0 + 200, [mm(36), (w - mm(12)) - mm(36) - mm(46) - mm(36), mm(46), mm(36)], rows, body(32),
          row_h=96, fill=green)
    s.text(x0 + mm(6), y0 + 200 + 96 * 4 + 30, f"开票日期：{when:%Y-%m-%d}　　收款人：{person_name(rng)}", body(30))
    seal(s, x0 + w - mm(38), y0 + h - mm(22), "安徽省财政厅非税收入票据监制章", rng, radius=mm(16))
    return [s]


def _account(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _window_form("执行案款收款账户确认书", f"案号：{c.number}")
    w = s.width - MARGIN_L - MARGIN_R
    rows = [["收款人（户名）", ""], ["开户银行", ""], ["账　　号", ""], ["联系电话", ""]]
    table(s, MARGIN_L, y + 20, [mm(46), w - mm(46)], rows, body(40), row_h=132, centre_first=True)
    for i, v in enumerate([c.applicant.name, c.extra["in_bank"], c.extra["in_acct"], c.applicant.phone]):
        fill(s, MARGIN_L + mm(50), y + 20 + 132 * i + 42, v, rng, size=42)
    sheets, yy = typed([("p", "本人（单位）确认，本案执行款请汇入上列账户。因本人（单位）提供的账户信息有误，或账户变更未书面告知"
                              "法院，导致执行款无法发放或发放错误的，由本人（单位）自行承担责任。")],
                       head=s, y=y + 20 + 132 * 4 + 70, f=body(40), lh=76)
    s.text(s.width - MARGIN_R - mm(96), yy + 60, "申请执行人（签名/盖章）：", body(40))
    _sign_party(s, c.applicant, s.width - MARGIN_R - mm(32), yy + 170, rng)
    fill(s, s.width - MARGIN_R - mm(80), yy + 290, num_date(c.filed_on), rng)
    return sheets


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _window_form("送达地址确认书", "")
    w = s.width - MARGIN_L - MARGIN_R
    rows = [["案　　号", c.number], ["受送达人", ""], ["送达地址", ""], ["收件人及电话", ""], ["电子送达", ""],
            ["告知事项", "一、当事人应当如实提供确切的送达地址；二、确认的送达地址适用于执行程序的各个阶段；三、送达地址变更的，"
                        "应当及时书面告知本院，未告知的，按原地址送达即视为送达。"], ["受送达人确认", ""]]
    heights = [100, 110, 150, 110, 110, 280, 200]
    table(s, MARGIN_L, y, [mm(46), w - mm(46)], rows, body(36), row_h=heights, centre_first=True)
    vals = ["", c.applicant.name, c.applicant.address if c.applicant.kind == "person" else c.extra["firm_addr"],
            f"{c.agent}　{c.agent_phone}", "同意，短信／微信"]
    yy = y
    for v, h in zip(vals, heights, strict=False):
        if v:
            fill(s, MARGIN_L + mm(50), yy + h / 2 - 22, v[:22], rng, size=38)
        yy += h
    fill(s, MARGIN_L + mm(50), y + sum(heights[:-1]) + 30, "以上地址确认无误", rng, size=38)
    signature(s, MARGIN_L + mm(120), y + sum(heights[:-1]) + 90, c.agent, rng)
    fill(s, MARGIN_L + mm(50), y + sum(heights[:-1]) + 130, num_date(c.filed_on), rng, size=36)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's 财产申报表 as the respondent's staff filled it in."""
    r = c.respondent
    s, y = _window_form("财产申报表", f"案号：{c.number}　　申报人：{r.name}")
    w = s.width - MARGIN_L - MARGIN_R
    items = {"wage": [("银行存款", f"{c.extra.get('r_bank', '')}基本户，余额约{(c.amount * Decimal('1.2')):.0f}元"),
                      ("不动产", "无，厂房租赁"), ("车辆", "无"), ("设备", "缝纫机、锁边机若干（旧）"), ("债权", "服装加工款约两万元未收")],
             "build": [("银行存款", "各账户均被法院冻结"), ("不动产", f"{c.extra.get('estate', '')}剩余房屋，已抵押给银行"),
                       ("车辆", "无"), ("股权", "无对外投资"), ("债权", "购房户尾款，数额待核")],
             "fish": [("银行存款", f"{c.extra.get('r_bank', '')}一般户"), ("不动产", "无，门面租赁"), ("车辆", "无"),
                      ("设备", "厨房设备、桌椅"), ("收入", "营业收入，每月不固定")]}[str(c.extra["tale"])]
    rows = [["财产种类", "财产情况"], *[[k, ""] for k, _ in items], ["申报人签章", ""]]
    table(s, MARGIN_L, y + 10, [mm(40), w - mm(40)], rows, body(38), row_h=[100, *[150] * len(items), 200], centre_first=True)
    for i, (_, v) in enumerate(items):
        fill(s, MARGIN_L + mm(44), y + 10 + 100 + 150 * i + 50, v[:24], rng, size=38)
    yl = y + 10 + 100 + 150 * len(items)
    seal(s, MARGIN_L + mm(90), yl + 100, r.name, rng, radius=mm(19))
    signature(s, MARGIN_L + mm(130), yl + 60, r.legal_rep, rng)
    s.text(MARGIN_L, yl + 250, "申报人保证以上申报内容真实、完整，如有隐瞒、虚报，愿承担法律责任。", body(34))
    fill(s, s.width - MARGIN_R - mm(75), yl + 330, num_date(c.day(13)), rng)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 网络执行查控系统's feedback, printed landscape-wise on a portrait sheet in small mono, two pages."""
    r = c.respondent
    f = font("mono", 28)
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "徽商银行", "蚌埠农村商业银行",
             "招商银行", "兴业银行", "中信银行", "浦发银行", "民生银行", "光大银行"]
    t = _tale(c)
    rows = [["序号", "协查单位", "查询结果", "账号/财产信息", "余额(元)/说明", "反馈日期"]]
    for i, b in enumerate(banks, 1):
        hit = t in ("wage", "fish") and c.extra.get("r_bank", "").startswith(b[:4])
        if hit:
            bal = c.amount * Decimal("1.3") if t == "wage" else c.amount * Decimal("0.18")
            rows.append([str(i), b, "有", c.extra["r_acct"], f"{bal:,.2f}", f"{c.day(3):%m-%d}"])
        elif t == "build" and i in (1, 4, 7):
            rows.append([str(i), b, "有", f"{rng.randint(10**15, 10**16 - 1)}", "0.00（已被他院冻结）", f"{c.day(3):%m-%d}"])
        else:
            rows.append([str(i), b, "无", "—", "—", f"{c.day(rng.randint(3, 4)):%m-%d}"])
    others = [("公安部（车辆）", "无", "—", "—"),
              ("自然资源部（不动产）", "有" if t == "build" else "无",
               f"{c.extra.get('estate', '')}{c.extra.get('phase', '')}" if t == "build" else "—",
               "在建工程抵押，他院首封" if t == "build" else "—"),
              ("中国证券登记结算", "无", "—", "—"), ("财付通（微信）", "有" if t == "fish" else "无", "—",
                                               f"{rng.randint(100, 3000)}.00" if t == "fish" else "—"),
              ("支付宝", "无", "—", "—"), ("人民银行（账户信息）", "有", f"{rng.randint(3, 8)}个账户", "—")]
    for k, (who, res, what, note) in enumerate(others, len(banks) + 1):
        rows.append([str(k), who, res, what, note, f"{c.day(4):%m-%d}"])
    sheets = []
    w = Sheet().width - mm(28)
    for part, chunk in enumerate((rows[:12], [rows[0], *rows[12:]])):
        s = Sheet()
        s.text(mm(14), mm(14), "全国法院网络执行查控系统", font("sans_bold", 40))
        s.right(s.width - mm(14), mm(16), f"第{part + 1}页/共2页", f)
        s.line(mm(14), mm(26), s.width - mm(14), mm(26), width=3)
        s.text(mm(14), mm(30), f"案号：{c.number}　承办人：{c.officer}　查询类型：总对总", f)
        s.text(mm(14), mm(36), f"被查询人：{r.name}　证件号：{r.id_number}", f)
        table(s, mm(14), mm(46), [mm(14), mm(46), mm(22), mm(52), mm(36), w - mm(170)], chunk, f, row_h=88)
        s.text(mm(14), s.height - mm(20), f"打印人：{c.clerk}　打印时间：{c.day(5):%Y-%m-%d} 16:{rng.randint(10, 59)}", f)
        if part:
            s.page_of = (2, 2)
        sheets.append(s)
    return sheets


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("kai", 44)
    s.centred(MARGIN_T + 10, "执行和解协议", font("kai", 74), spacing=16)
    first = (c.amount * Decimal("0.5")).quantize(Decimal("1"))
    rest = c.amount - first
    blocks: list[Block] = [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"法定代表人：{a.legal_rep}"),
        ("f", f"乙方（被执行人）：{r.name}"), ("f", f"法定代表人：{r.legal_rep}"),
        ("p", f"{COURT}{c.number}执行一案，在法院主持下，甲乙双方经协商自愿达成如下和解协议："),
        ("p", f"一、乙方确认欠甲方货款{money(c.amount)}；"),
        ("p", f"二、乙方于{num_date(c.day(25))}前支付{first:,}元，于{num_date(c.extra['pay_day'])}前支付剩余{rest:,.2f}元，"
              "均汇入法院执行款专户；"),
        ("p", "三、乙方按期付清后，甲方放弃迟延履行期间的债务利息，并同意法院解除对乙方银行账户的冻结；"),
        ("p", "四、乙方任何一期未按约付款，甲方可申请恢复执行原支付令，已付款项予以扣除；"),
        ("p", "五、本协议一式三份，甲乙双方各执一份，交法院附卷一份。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 170, f=f, lh=84)
    last = sheets[-1]
    last.text(MARGIN_L, y + 70, "甲方（盖章）：", f)
    _sign_party(last, a, MARGIN_L + mm(52), y + 170, rng)
    last.text(last.width / 2 + mm(6), y + 70, "乙方（盖章）：", f)
    _sign_party(last, r, last.width / 2 + mm(58), y + 170, rng)
    last.right(last.width - MARGIN_R, y + 310, num_date(c.day(21)), f)
    return sheets


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """徽商银行's 电子回单 for the court's payment out of its 执行款专户 to the applicant, with the bureau's 案款发放 note."""
    s = Sheet()
    f = font("sans", 32)
    out_day = c.extra["pay_day"] + timedelta(days=4)
    x0, y0, w = mm(16), mm(24), s.width - mm(32)
    s.box(x0, y0, x0 + w, y0 + mm(120), width=2, outline=(30, 60, 140))
    s.text(x0 + mm(6), y0 + 24, "徽商银行", font("sans_bold", 52), fill=(30, 60, 140))
    s.text(x0 + mm(52), y0 + 40, "客户回单（转账）", font("sans", 40))
    s.right(x0 + w - mm(6), y0 + 40, f"回单号 {rng.randint(10**11, 10**12 - 1)}", font("mono", 30))
    rows = [["付款户名", f"{COURT}", "收款户名", c.applicant.name],
            ["付款账号", f"1020{rng.randint(10**11, 10**12 - 1)}", "收款账号", c.extra["in_acct"]],
            ["付款行", "徽商银行蚌埠分行", "收款行", c.extra["in_bank"]],
            ["金额（小写）", f"CNY {c.amount:,.2f}", "金额（大写）", money_caps(c.amount)],
            ["摘要", f"{c.number}执行款发放", "交易日期", f"{out_day:%Y-%m-%d}"]]
    table(s, x0 + mm(6), y0 + 130, [mm(30), w / 2 - mm(36), mm(30), w / 2 - mm(36)], rows, f, row_h=112,
          fill=(30, 60, 140))
    s.text(x0 + mm(6), y0 + 130 + 112 * 5 + 24, f"交易流水 {rng.randint(10**13, 10**14 - 1)}　　柜员 {rng.randint(10000, 99999)}", f)
    seal(s, x0 + w - mm(40), y0 + mm(98), "徽商银行蚌埠分行业务专用章", rng, radius=mm(16))
    y = y0 + mm(140)
    s.centred(y, "执行案款发放审批单", font("hei", 52))
    w2 = s.width - MARGIN_L - MARGIN_R
    rows2 = [["案号", c.number], ["领款人", c.applicant.name], ["发放金额", f"{c.amount:,.2f}元"],
             ["款项来源", "扣划被执行人存款" if _tale(c) == "wage" else "被执行人按和解协议交付"], ["承办人意见", ""], ["审批人", ""]]
    table(s, MARGIN_L, y + 90, [mm(40), w2 - mm(40)], rows2, body(38), row_h=104, centre_first=True)
    fill(s, MARGIN_L + mm(44), y + 90 + 104 * 4 + 30, "核对无误，同意发放", rng, size=38)
    fill(s, MARGIN_L + mm(44), y + 90 + 104 * 5 + 30, f"{person_name(rng)} {out_day.month}.{out_day.day}", rng, size=38)
    return [s]
