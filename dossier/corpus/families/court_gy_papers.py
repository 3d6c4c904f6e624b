"""What the 泰山 bureau receives, each in its maker's hand: the 上高 tribunal's small-claims 民事判决书 and its 生效证明书
(Noto serif, "- n -" folios, the tribunal's line under the court's); the property company's papers under its green
letterhead with the estate's mountain mark (application with its 物业服务费欠费明细 behind it, the 授权委托书 of its own
employee with the 社保 office's contribution printout behind it, a 营业执照 copy); the window's printed forms filled by
the company's supervisor in ballpoint; an owner's 财产申报表 in his own hand; the objecting owner's handwritten
objection and evidence list on the ruled letter paper of his old textile mill, with a photocopy of the freezing
ruling and his pension passbook; the 山东省非税收入 electronic receipt; the 查控 system's printout; the banks' slips."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image, ImageChops

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.families.court_gy_kit import (
    COMPANY,
    COURT,
    LEFT,
    MAIN_OF_OBJECTOR,
    RIGHT,
    STAFF,
    STAFF_ID,
    court_paper,
    form_title,
    frame,
    gb,
    gel,
)
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import scrawl, stamp

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "payment_account_confirmation", "service_address_confirmation",
    "property_declaration_form", "online_inquiry_result", "payment_voucher", "objection_application", "evidence",
})
GREEN = (26, 112, 84)
BALLPOINT = (22, 30, 70)
OLD_INK = (30, 30, 36)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_gy import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _mandate(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return [_licence(c, rng)] if p.kind == "organisation" else [_id_card(p, rng)]
    if code == "fee_receipt":
        return [_fee_bill(c, rng)]
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return [_window_form(code, c, rng, d)]
    if code == "property_declaration_form":
        return [_declaration(c, rng, d)]
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return [_bank_slips(c, rng)]
    if code == "objection_application":
        return _objection(c, rng, d)
    if code == "evidence":
        return _evidence(c, rng, d)
    raise KeyError(code)


# ---------------------------------------------------------------- the 上高 tribunal


class _Flow:
    """The tribunal's typesetting: Noto serif 5.3 mm, margins 28/26 mm, "- n -" folios."""

    def __init__(self, y: float) -> None:
        self.sheets = [Sheet()]
        self.y = y
        self.x0, self.x1 = mm(28), Sheet().width - mm(26)
        self.f = font("serif", mm(5.3))
        self.lead = self.f.size * 1.8

    def para(self, text: str, *, indent: bool = True) -> None:
        first = self.f.size * 2 if indent else 0
        for k, part in enumerate(wrap(text, self.f, self.x1 - self.x0, indent=first)):
            if self.y + self.lead > self.sheets[-1].height - mm(30):
                self.sheets.append(Sheet())
                self.y = mm(30)
            self.sheets[-1].text(self.x0 + (first if k == 0 else 0), self.y, part, self.f)
            self.y += self.lead

    def finish(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, s in enumerate(self.sheets, 1):
            if n > 1:
                s.centred(s.height - mm(18), f"- {i} -", font("serif", mm(4.2)))
        return self.sheets


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The small-claims 民事判决书 of the 上高 tribunal: short, 要素式 headings, one judge, final on service."""
    a, o = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(30), COURT, font("serif", mm(7.2)), spacing=mm(0.5))
    s.centred(mm(44), "民事判决书", font("serif_bold", mm(11)), spacing=mm(6))
    fl = _Flow(mm(70))
    fl.sheets = [s]
    s.right(fl.x1, mm(60), c.basis_number, font("serif", mm(5.0)))
    heard = c.basis_effective - timedelta(days=rng.randint(25, 40))
    start, end = c.extra["start"], c.extra["end"]
    arrears: Decimal = c.extra["arrears"]
    absent = c.extra["tale"] == "debit" or rng.random() < 0.5
    born = o.born or date(1970, 1, 1)
    for text in [f"原告：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}。",
                 f"法定代表人：{a.legal_rep}，执行董事兼总经理。",
                 f"委托诉讼代理人：{c.agent}，该公司员工。",
                 f"被告：{o.name}，{o.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{o.address}。"]:
        fl.para(text, indent=False)
    fl.para(f"原告{a.name}与被告{o.name}物业服务合同纠纷一案，本院于{cn_date(heard - timedelta(days=30))}立案后，依法适用小额诉讼"
            f"程序，于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}到庭参加诉讼，被告"
            + ("经本院传票传唤，无正当理由拒不到庭。" if absent else f"{o.name}到庭参加诉讼。") + "本案现已审理终结。")
    fl.para("原告诉讼请求：判令被告支付" + f"{start.year}年{start.month}月至{end.year}年{end.month}月物业服务费{arrears:,.2f}元；"
            "诉讼费用由被告负担。")
    fl.para("被告" + ("未答辩。" if absent else "辩称：小区电梯时有故障，物业服务不到位，请求减免部分物业费。"))
    fl.para(f"本院认定事实：被告系{c.extra['flat']}房屋的业主，房屋建筑面积{c.extra['area']}平方米。原告依据与小区开发建设单位"
            f"签订的前期物业服务合同为该小区提供物业服务，物业服务费标准为每月每平方米{c.extra['rate']}元。被告自"
            f"{start.year}年{start.month}月起未交纳物业服务费，至{end.year}年{end.month}月共计{c.extra['months']}个月，"
            f"欠费{arrears:,.2f}元，原告多次催交未果。")
    fl.para("本院认为，物业服务人已按约定提供物业服务，业主应当按照约定支付物业费。业主以未接受或者无需接受相关物业服务为由"
            "拒绝支付物业费的，不予支持。" + ("" if absent else "被告所称服务瑕疵，未提交证据证明，本院不予采信。")
            + "依照《中华人民共和国民法典》第九百三十七条、第九百四十四条，《中华人民共和国民事诉讼法》第一百六十五条"
            + ("、第一百四十七条" if absent else "") + "的规定，判决如下：")
    fl.para(f"被告{o.name}于本判决生效之日起十日内支付原告{a.name}物业服务费{arrears:,.2f}元。")
    fl.para("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延"
            "履行期间的债务利息。")
    fl.para(f"案件受理费{c.extra['lawsuit_fee'] * 2}元，减半收取{c.extra['lawsuit_fee']}元，由被告{o.name}负担。")
    fl.para("本判决为终审判决。")
    last = fl.sheets[-1]
    if fl.y + mm(70) > last.height - mm(30):
        fl.sheets.append(Sheet())
        fl.y = mm(30)
        last = fl.sheets[-1]
    y = fl.y + mm(8)
    x = fl.x1 - mm(62)
    f = fl.f
    last.text(x, y, f"审　判　员　　{c.extra['tribunal_judge']}", f)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(12, 20)))
    last.text(x + mm(8), y + mm(16), when, f)
    seal(last, x + mm(8) + text_width(when, f) / 2, y + mm(18), COURT, rng, radius=mm(20.5))
    last.text(x, y + mm(32), f"法官助理　　{person_name(rng)}", f)
    last.text(x, y + mm(42), f"书　记　员　　{person_name(rng)}", f)
    stamp(last, fl.x0, y + mm(24), ["本件与原本核对无异"], rng, size_mm=4.2, face="serif")
    for sh in fl.sheets:
        sh.text(fl.x0, sh.height - mm(18), "上高人民法庭", font("serif", mm(3.6)), fill=(90, 90, 90))
    return fl.finish()


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(34), COURT, font("serif", mm(7.2)), spacing=mm(0.5))
    s.centred(mm(50), "生效证明书", font("serif_bold", mm(10)), spacing=mm(5))
    fl = _Flow(mm(78))
    fl.sheets = [s]
    s.right(fl.x1, mm(66), c.basis_number.replace("号", "号之一"), font("serif", mm(5.0)))
    served = c.basis_effective
    fl.para(f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}物业服务合同纠纷一案，适用小额诉讼程序审理，"
            f"实行一审终审。本院作出的民事判决书已于{cn_date(served)}送达双方当事人，该判决自送达之日起发生法律效力。")
    fl.para("特此证明。")
    y = fl.y + mm(24)
    when = cn_date(served + timedelta(days=rng.randint(6, 14)))
    s.right(fl.x1 - mm(10), y, when, fl.f)
    seal(s, fl.x1 - mm(10) - text_width(when, fl.f) / 2, y + mm(2), COURT, rng, radius=mm(20.5))
    s.text(fl.x0, y + mm(40), f"上高人民法庭　经办人：{person_name(rng)}", font("serif", mm(4.4)))
    return [s]


# ---------------------------------------------------------------- the property company


def _letterhead(s: Sheet) -> float:
    """The company's letterhead: a green mountain mark, the name in bold sans, a green rule; the address at the foot."""
    x, y = mm(24), mm(14)
    s.draw.polygon([(x, y + mm(14)), (x + mm(8), y), (x + mm(13), y + mm(8)), (x + mm(16), y + mm(4)),
                    (x + mm(22), y + mm(14))], fill=GREEN)
    s.text(x + mm(27), y + mm(1), "泰安岱宗嘉园物业服务有限公司", font("sans_bold", mm(6.4)), fill=GREEN)
    s.text(x + mm(27), y + mm(10), "TAI'AN DAIZONG JIAYUAN PROPERTY SERVICE CO., LTD.", font("sans", mm(2.8)), fill=GREEN)
    s.line(mm(20), mm(33), s.width - mm(20), mm(33), width=5, fill=GREEN)
    s.line(mm(20), s.height - mm(20), s.width - mm(20), s.height - mm(20), width=2, fill=GREEN)
    s.centred(s.height - mm(17), "地址：泰安市泰山区岱宗大街218号　服务热线：0538-6289517", font("sans", mm(3.2)), fill=GREEN)
    return float(mm(44))


def _sans_para(s: Sheet, y: float, text: str, f: Font, *, x0: float, x1: float, indent: bool = True,
               lead: float = 1.75) -> float:
    first = f.size * 2 if indent else 0
    for k, part in enumerate(wrap(text, f, x1 - x0, indent=first)):
        s.text(x0 + (first if k == 0 else 0), y, part, f)
        y += f.size * lead
    return y


def _company_seal(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    seal(s, x, y, "泰安岱宗嘉园物业服务有限公司", rng, radius=mm(20))


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """强制执行申请书 on the letterhead, then the 欠费明细 the company's accounts office prints behind it."""
    a, o = c.applicant, c.respondent
    s = Sheet()
    y = _letterhead(s)
    s.centred(y, "强制执行申请书", font("sans_bold", mm(8.5)), spacing=mm(2))
    y += mm(17)
    f = font("sans", mm(4.6))
    x0, x1 = mm(24), s.width - mm(22)
    born = o.born or date(1970, 1, 1)
    for text in [f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}。",
                 f"法定代表人：{a.legal_rep}，职务：执行董事兼总经理。",
                 f"委托代理人：{c.agent}，男，本公司客服部主管，联系电话{c.agent_phone}。",
                 f"被执行人：{o.name}，{o.sex}，{born.year}年{born.month}月{born.day}日出生，住{o.address}，"
                 f"公民身份号码{o.id_number}，联系电话{o.phone}。"]:
        y = _sans_para(s, y, text, f, x0=x0, x1=x1, indent=False)
    y += mm(2)
    s.text(x0, y, "执行请求：", font("sans_bold", mm(4.6)))
    y += f.size * 1.75
    for text in [f"1. 强制被执行人支付物业服务费{c.extra['arrears']:,.2f}元、案件受理费{c.extra['lawsuit_fee']}元，共计"
                 f"{money(c.amount)}；",
                 "2. 被执行人加倍支付迟延履行期间的债务利息；", "3. 本案执行费用由被执行人负担；",
                 "4. 被执行人拒不履行的，请求对其采取限制消费措施，并纳入失信被执行人名单。"]:
        y = _sans_para(s, y, text, f, x0=x0, x1=x1)
    s.text(x0, y, "事实与理由：", font("sans_bold", mm(4.6)))
    y += f.size * 1.75
    y = _sans_para(s, y, f"申请执行人与被执行人物业服务合同纠纷一案，贵院作出{c.basis_number}民事判决书（小额诉讼，一审终审），"
                   "判决已发生法律效力。被执行人至今未履行判决确定的付款义务，经我公司多次上门催缴仍拒不交纳。为维护小区全体业主的"
                   "共同利益，依照《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。", f, x0=x0, x1=x1)
    y = _sans_para(s, y, "附：物业服务费欠费明细一份", f, x0=x0, x1=x1)
    s.text(x0, y + mm(4), "此致", f)
    s.text(x0, y + mm(13), COURT, f)
    y += mm(30)
    s.text(x1 - mm(84), y, "申请执行人（盖章）：", f)
    _company_seal(s, x1 - mm(28), y + mm(4), rng)
    day = c.filed_on - timedelta(days=rng.randint(2, 5))
    s.text(x1 - mm(60), y + mm(18), f"{day.year}年{day.month}月{day.day}日", f)
    return [s, _arrears(c, rng, day)]


def _arrears(c: CaseCtx, rng: random.Random, day: date) -> Sheet:
    """物业服务费欠费明细: year by year, the area, the rate, months owed and the sum; the accounts clerk signs."""
    s = Sheet()
    y = _letterhead(s)
    s.centred(y, "物业服务费欠费明细", font("sans_bold", mm(7.2)), spacing=mm(1))
    y += mm(14)
    f = font("sans", mm(3.8))
    o = c.respondent
    s.text(mm(24), y, f"业主：{o.name}　　房号：{c.extra['flat']}　　建筑面积：{c.extra['area']}㎡　　收费标准："
           f"{c.extra['rate']}元/㎡·月", f)
    y += mm(9)
    start, months = c.extra["start"], int(c.extra["months"])
    area, rate = c.extra["area"], c.extra["rate"]
    rows = [["年度", "计费期间", "月数", "应交金额（元）", "已交（元）", "欠费（元）"]]
    m, left, total = start, months, Decimal(0)
    while left:
        n = min(left, 13 - m.month)
        due = (area * rate * n).quantize(Decimal("0.01"))
        total += due
        last_m = m.month + n - 1
        rows.append([str(m.year), f"{m.month}月—{last_m}月", str(n), f"{due:,.2f}", "0.00", f"{due:,.2f}"])
        left -= n
        m = date(m.year + 1, 1, 1)
    rows.append(["合计", "", str(months), f"{total:,.2f}", "0.00", f"{total:,.2f}"])
    w = s.width - mm(48)
    frame(s, mm(24), y, [mm(20), mm(40), mm(16), mm(36), mm(28), w - mm(140)], rows, f, heights=mm(11),
          labels=(0, 1, 2, 3, 4, 5), ink=(50, 50, 50), outer=3)
    y += mm(11) * len(rows) + mm(8)
    y = _sans_para(s, y, "说明：1. 收费标准依据前期物业服务合同及泰安市物价部门备案标准；2. 上述欠费已经"
                   f"{c.basis_number}民事判决书确认，判决另确定案件受理费{c.extra['lawsuit_fee']}元由业主负担；3. 不含违约金。",
                   f, x0=mm(24), x1=s.width - mm(24), indent=False)
    s.text(mm(24), y + mm(8), "制表：财务部", f)
    scrawl(s, mm(48), y + mm(6), person_name(rng), rng, role="kai", size=mm(6), ink=BALLPOINT)
    s.text(mm(100), y + mm(8), f"打印日期：{day:%Y-%m-%d}", f)
    seal(s, mm(150), y + mm(10), "泰安岱宗嘉园物业服务有限公司", rng, radius=mm(17), inner="财务专用章")
    return s


def _mandate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """授权委托书 of the company for its employee, and behind it the 社保 office's contribution printout that proves
    he works there."""
    s = Sheet()
    y = _letterhead(s)
    s.centred(y + mm(2), "授权委托书", font("sans_bold", mm(9)), spacing=mm(5))
    y += mm(22)
    f = font("sans", mm(4.8))
    x0, x1 = mm(26), s.width - mm(24)
    for text, indent in [(f"委托单位：{COMPANY}", False), (f"法定代表人：{c.applicant.legal_rep}　　职务：执行董事兼总经理", False),
                         (f"受托人：{c.agent}，男，1988年6月17日出生，公民身份号码{STAFF_ID}，系本公司员工（客服部主管），"
                          f"联系电话{c.agent_phone}。", False),
                         (f"现委托上列受托人在我公司与{c.respondent.name}物业服务合同纠纷执行一案中，作为我公司的委托代理人。", True),
                         ("代理权限：代为申请强制执行，提交、签收法律文书，提供财产线索，参加询问、谈话，代为承认、放弃执行请求，"
                          "代为签署执行和解协议，代为申请终结本次执行程序及恢复执行，代为确认收款账户。", True),
                         ("委托期限：自本委托书签发之日起至本案执行终结之日止。", True),
                         ("附：受托人身份证复印件、社会保险参保缴费证明。", True)]:
        y = _sans_para(s, y, text, f, x0=x0, x1=x1, indent=indent) + mm(1)
    y += mm(12)
    s.text(x0, y, "委托单位（盖章）：", f)
    _company_seal(s, x0 + mm(62), y + mm(4), rng)
    s.text(x0, y + mm(22), "法定代表人（签字）：", f)
    scrawl(s, x0 + mm(44), y + mm(19), c.applicant.legal_rep, rng, role="kai", size=mm(8), ink=OLD_INK, slant=10)
    s.text(x0 + mm(94), y + mm(22), "受托人（签字）：", f)
    scrawl(s, x0 + mm(130), y + mm(19), c.agent, rng, role="kai", size=mm(8), ink=BALLPOINT, slant=10)
    day = c.filed_on - timedelta(days=rng.randint(3, 7))
    s.right(x1, y + mm(40), f"{day.year}年{day.month}月{day.day}日", f)
    return [s, _social_insurance(c, rng, day)]


def _social_insurance(c: CaseCtx, rng: random.Random, day: date) -> Sheet:
    """The 社保 office's self-service printout: 参保缴费证明 (个人), the last twelve months, a QR square for checking."""
    s = Sheet()
    f = font("microhei", mm(3.6))
    s.centred(mm(24), "山东省社会保险个人参保证明", font("microhei", mm(7)), spacing=mm(0.5))
    s.centred(mm(35), "（泰安市社会保险事业中心）", f)
    qr = random.Random(rng.randint(0, 10**6))
    q0x, q0y, cell = s.width - mm(44), mm(14), mm(1.2)
    for i in range(21):
        for j in range(21):
            if qr.random() < 0.5 or (i < 7 and j < 7 and (i in (0, 6) or j in (0, 6) or (2 <= i <= 4 and 2 <= j <= 4))):
                s.draw.rectangle((q0x + i * cell, q0y + j * cell, q0x + (i + 1) * cell, q0y + (j + 1) * cell), fill=INK)
    rows = [["姓名", c.agent, "公民身份号码", STAFF_ID], ["参保单位", COMPANY], ["参保险种", "企业职工基本养老保险、失业保险、工伤保险"],
            ["首次参保", "2016年03月", "参保状态", "正常参保缴费"]]
    w = s.width - mm(40)
    frame(s, mm(20), mm(48), [mm(26), mm(50), mm(30), w - mm(106)], rows, f, heights=mm(10), labels=(0, 2), outer=2)
    months = [["缴费年月", "缴费单位", "缴费基数", "单位缴纳", "个人缴纳"]]
    for k in range(12, 0, -1):
        m_total = day.year * 12 + day.month - 1 - k
        base = Decimal(rng.choice([3950, 4000, 4136]))
        months.append([f"{m_total // 12}{m_total % 12 + 1:02d}", COMPANY, f"{base:.2f}", f"{base * Decimal('0.16'):.2f}",
                       f"{base * Decimal('0.08'):.2f}"])
    frame(s, mm(20), mm(96), [mm(24), mm(70), mm(26), mm(26), w - mm(146)], months, font("microhei", mm(3.2)),
          heights=mm(8.4), labels=(0, 2, 3, 4), outer=2)
    y = mm(96) + mm(8.4) * 13 + mm(8)
    for t in ["说明：本证明可通过扫描右上角二维码或登录山东省人力资源和社会保障网上服务大厅核验真伪。",
              f"打印时间：{day:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}　　打印渠道：网上服务大厅"]:
        s.text(mm(20), y, t, f)
        y += mm(7)
    seal(s, s.width - mm(60), y + mm(4), "泰安市社会保险事业中心", rng, radius=mm(18), inner="业务专用章")
    return s


def _licence(c: CaseCtx, rng: random.Random) -> Sheet:
    """营业执照（副本）copied on the office copier, with the company seal and "与原件一致" by the supervisor."""
    s = Sheet()
    frame_ink = (120, 120, 120)
    x0, y0, x1, y1 = mm(20), mm(24), s.width - mm(20), mm(206)
    s.box(x0, y0, x1, y1, width=10, outline=frame_ink)
    s.box(x0 + mm(3), y0 + mm(3), x1 - mm(3), y1 - mm(3), width=2, outline=frame_ink)
    s.draw.ellipse((s.width / 2 - mm(8), y0 + mm(8), s.width / 2 + mm(8), y0 + mm(24)), outline=(90, 90, 90), width=4)
    s.centred(y0 + mm(28), "营业执照", font("serif_bold", mm(12)), spacing=mm(9))
    s.centred(y0 + mm(46), "（副　本）", font("serif", mm(5)))
    f = font("serif", mm(4.4))
    s.text(x0 + mm(10), y0 + mm(58), f"统一社会信用代码　{c.applicant.id_number if c.applicant.kind == 'organisation' else c.respondent.id_number}", f)
    rows = [("名　　称", COMPANY), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", "宋立军"),
            ("经营范围", "物业管理；停车场服务；家政服务；园林绿化工程施工；建筑物清洁服务"), ("注册资本", "伍佰万元整"),
            ("成立日期", "2015年09月22日"), ("住　　所", "山东省泰安市泰山区岱宗大街218号岱宗嘉园小区物业服务中心")]
    y = y0 + mm(70)
    for label, value in rows:
        s.text(x0 + mm(10), y, label, f)
        parts = wrap(value, f, x1 - x0 - mm(52))
        for part in parts:
            s.text(x0 + mm(42), y, part, f)
            y += mm(8)
        y += mm(3)
    s.text(x1 - mm(74), y1 - mm(34), "登记机关", f)
    seal(s, x1 - mm(42), y1 - mm(30), "泰安市泰山区行政审批服务局", rng, radius=mm(17))
    s.text(x1 - mm(80), y1 - mm(18), "2021年04月13日", f)
    s.centred(mm(222), "法定代表人身份证明书", font("sans_bold", mm(6.4)), spacing=mm(1))
    _sans_para(s, mm(238), "宋立军同志在我公司任执行董事兼总经理职务，系我公司法定代表人。特此证明。", font("sans", mm(4.6)),
               x0=mm(26), x1=s.width - mm(24))
    _company_seal(s, s.width - mm(56), mm(262), rng)
    scrawl(s, mm(28), mm(266), "复印件与原件一致", rng, role="kai", size=mm(7), ink=BALLPOINT)
    scrawl(s, mm(40), mm(278), STAFF, rng, role="kai", size=mm(6.5), ink=BALLPOINT)
    return s


def _id_card(p: Party, rng: random.Random) -> Sheet:
    """A resident ID card copied front over back, large, on a grey copier ground, the holder's note across the foot."""
    s = Sheet()
    s.draw.rectangle((0, 0, s.width, s.height), fill=(246, 246, 244))
    w, h = mm(128), mm(81)
    x = (s.width - w) / 2 + rng.uniform(-mm(6), mm(6))
    born = p.born or date(1970, 1, 1)
    for k in range(2):
        y = mm(30) + k * (h + mm(20))
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(6), fill=(222, 224, 222), outline=(130, 130, 130),
                                 width=3)
        if k == 1:
            s.text(x + mm(36), y + mm(12), "中华人民共和国", font("hei", mm(7)))
            s.text(x + mm(26), y + mm(28), "居民身份证", font("hei", mm(11)), spacing=mm(3))
            s.draw.regular_polygon((x + mm(16), y + mm(16), mm(9)), 5, outline=(110, 110, 110), width=3)
            lab = font("hei", mm(3.8))
            s.text(x + mm(24), y + h - mm(22), "签发机关　泰安市公安局泰山分局", lab)
            start = rng.randint(2012, 2021)
            s.text(x + mm(24), y + h - mm(13), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-"
                   f"{'长期' if born.year < 1970 else start + 20}", lab)
            continue
        lab, val = font("hei", mm(3.6)), font("hei", mm(4.6))
        ty = y + mm(8)
        for label, value in [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"),
                             ("出生", f"{born.year}　年　{born.month}　月　{born.day}　日")]:
            s.text(x + mm(8), ty, label, lab, fill=(70, 70, 70))
            s.text(x + mm(22), ty - mm(0.6), value, val)
            ty += mm(10)
        s.text(x + mm(8), ty, "住址", lab, fill=(70, 70, 70))
        for part in wrap(p.address, val, mm(70)):
            s.text(x + mm(22), ty - mm(0.6), part, val)
            ty += mm(7)
        s.text(x + mm(8), y + h - mm(13), "公民身份号码", lab, fill=(70, 70, 70))
        s.text(x + mm(34), y + h - mm(14), p.id_number, font("mono", mm(5.4)))
        s.draw.rectangle((x + w - mm(36), y + mm(10), x + w - mm(8), y + mm(48)), fill=(150, 150, 152))
    scrawl(s, mm(36), mm(236), "此复印件仅供泰山区人民法院执行使用", rng, role="kai", size=mm(6.2), ink=OLD_INK)
    scrawl(s, mm(120), mm(252), p.name, rng, role="kai", size=mm(7.5), ink=OLD_INK)
    return s


# ---------------------------------------------------------------- the window's forms


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """The bureau's printed window forms, filled by the company's supervisor in ballpoint."""
    a, o = c.applicant, c.respondent
    s = Sheet()
    w = s.width - LEFT - RIGHT
    if code == "property_clue_form":
        y = form_title(s, "被执行人财产线索表")
        rows = [["案号", c.number, "", ""], ["被执行人", o.name, "身份证号", o.id_number], ["住址", o.address],
                ["财产类别", "财产线索（名称、所在地、账号等）", "", "来源"]]
        if c.extra["tale"] == "debit":
            clues = [("银行存款", f"{c.extra['r_bank']}，账号{c.extra['r_acct']}（业主缴费时留的代扣账户）", "业主登记"),
                     ("不动产", f"{c.extra['flat']}住房一套", "物业登记"), ("车辆", "小区地下车位停放白色轿车一辆，车牌不详", "门岗")]
        else:
            clues = [("不动产", f"{c.extra['flat']}住房一套（听说有贷款）", "物业登记"), ("车辆", "无", ""),
                     ("其他", "本人曾在泰山建材市场打工", "邻居反映")]
        body_rows = [[kind, "", "", ""] for kind, _, _ in clues]
        cells = frame(s, LEFT, y, [mm(28), mm(60), mm(30), w - mm(118)], rows + body_rows, font("song_gb", mm(4.2)),
                      heights=[mm(12)] * 4 + [mm(20)] * len(clues), labels=(0, 2))
        for row, (_kind, clue, src) in zip(cells[4:], clues, strict=True):
            gel(s, row[1][0] + mm(2), row[1][1] + mm(2), clue, rng, size=4.8, per_line=24, ink=BALLPOINT, role="kai")
            if src:
                gel(s, row[-1][0] + mm(2), row[-1][1] + mm(6), src, rng, size=4.8, ink=BALLPOINT, role="kai")
        y = cells[-1][0][3]
        signer, note = c.agent, "申请执行人保证以上线索真实，如有虚假，愿承担法律责任。"
    elif code == "payment_account_confirmation":
        y = form_title(s, "执行案款收款账户确认书")
        rows = [["案　　号", c.number], ["申请执行人", a.name], ["账户名称", a.name], ["开户银行", c.extra["in_bank"]],
                ["账　　号", c.extra["in_acct"]], ["联系人及电话", f"{c.agent}　{c.agent_phone}"]]
        cells = frame(s, LEFT, y, [mm(42), w - mm(42)], [[r[0], ""] for r in rows], font("song_gb", mm(4.6)), heights=mm(15))
        for row, (_label, value) in zip(cells, rows, strict=True):
            gel(s, row[1][0] + mm(4), row[1][1] + mm(3.5), value, rng, size=5.2, ink=BALLPOINT, role="kai")
        y = cells[-1][0][3]
        signer = c.agent
        note = "本单位确认上述账户为本案执行款的收款账户。因账户信息错误或变更未及时告知造成的损失，由本单位自行承担。"
    else:
        y = form_title(s, "送达地址确认书")
        rows = [["案　　号", c.number], ["受送达人", a.name], ["送达地址", a.address], ["收件人", c.agent],
                ["联系电话", c.agent_phone], ["是否同意电子送达", f"同意，手机号{c.agent_phone}"]]
        cells = frame(s, LEFT, y, [mm(48), w - mm(48)], [[r[0], ""] for r in rows], font("song_gb", mm(4.6)), heights=mm(16))
        for row, (_label, value) in zip(cells, rows, strict=True):
            gel(s, row[1][0] + mm(4), row[1][1] + mm(3.5), value, rng, size=5.0, per_line=24, ink=BALLPOINT, role="kai")
        y = cells[-1][0][3]
        signer = c.agent
        note = ("告知：受送达人应当提供准确的送达地址；地址变更的，应及时书面告知本院。因送达地址不准确、变更未告知或拒不提供，"
                "导致法律文书未被实际接收的，邮寄送达的，文书退回之日视为送达之日。")
    f = font("song_gb", mm(4.0))
    yy = y + mm(6)
    for part in wrap(gb(note), f, w, indent=f.size * 2):
        s.text(LEFT + (f.size * 2 if yy == y + mm(6) else 0), yy, part, f)
        yy += f.size * 1.6
    yy += mm(10)
    s.text(s.width - RIGHT - mm(100), yy, gb("确认人（签名、盖章）："), font("song_gb", mm(4.6)))
    scrawl(s, s.width - RIGHT - mm(46), yy - mm(2), signer, rng, role="kai", size=mm(7.2), ink=BALLPOINT)
    seal(s, s.width - RIGHT - mm(36), yy + mm(10), COMPANY, rng, radius=mm(18))
    scrawl(s, s.width - RIGHT - mm(70), yy + mm(18), num_date(d if code == "property_clue_form" else c.filed_on), rng,
           role="kai", size=mm(5.4), ink=BALLPOINT)
    return s


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """被执行人财产申报表: the bureau's form, filled by the owner in his own uneven hand."""
    o = c.respondent
    s = Sheet()
    y = form_title(s, "被执行人财产申报表")
    s.text(LEFT, y - mm(5), gb(f"案号：{c.number}"), font("song_gb", mm(4.2)))
    w = s.width - LEFT - RIGHT
    debit = c.extra["tale"] == "debit"
    items = [("申报人", o.name), ("身份证号", o.id_number), ("工作单位及收入", "泰山区某商贸公司，月工资约四千元" if debit else "无固定工作，打零工"),
             ("银行存款", "泰安银行岱宗支行一个账户，余额记不清" if debit else "建行卡一张，余额几十元"),
             ("不动产", f"{c.extra['flat']}，有贷款" if debit else f"{c.extra['flat']}，贷款未还完，岱岳法院已查封"),
             ("车辆", "无" if not debit else "有一辆旧车，在父亲名下"), ("有价证券、股权", "无"), ("对外债权", "无"),
             ("其他财产", "无"), ("收到执行通知前一年财产变动", "无")]
    cells = frame(s, LEFT, y + mm(2), [mm(52), w - mm(52)], [[k, ""] for k, _ in items], font("song_gb", mm(4.2)),
                  heights=mm(15.5))
    hand_ink = (20, 20, 24)
    for row, (_k, v) in zip(cells, items, strict=True):
        scrawl(s, row[1][0] + mm(3), row[1][1] + mm(3), v, rng, role="wenkai", size=mm(5.6), ink=hand_ink, slant=7)
    y = cells[-1][0][3] + mm(8)
    s.text(LEFT, y, gb("申报人保证：以上申报内容真实、完整，如有隐瞒、虚假，愿意接受法律制裁。"), font("song_gb", mm(4.2)))
    s.text(s.width - RIGHT - mm(90), y + mm(18), gb("申报人（签名、捺印）："), font("song_gb", mm(4.4)))
    scrawl(s, s.width - RIGHT - mm(40), y + mm(15), o.name, rng, role="wenkai", size=mm(7.5), ink=hand_ink, slant=8)
    s.draw.ellipse((s.width - RIGHT - mm(14), y + mm(16), s.width - RIGHT - mm(6), y + mm(26)), fill=(200, 52, 52))
    scrawl(s, s.width - RIGHT - mm(62), y + mm(32), num_date(d), rng, role="wenkai", size=mm(5.4), ink=hand_ink)
    return s


# ---------------------------------------------------------------- systems and banks


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """网络执行查控 printout: grey title band, the case line, the feedback table; 总对总 then 点对点 (山东)."""
    o = c.respondent
    debit = c.extra["tale"] == "debit"
    f = font("microhei", mm(3.1))
    national = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "招商银行", "兴业银行",
                "中信银行", "浦发银行", "民生银行", "光大银行", "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司",
                "公安部交通管理局", "中国证券登记结算有限责任公司", "自然资源部（不动产）"]
    local = ["泰安银行股份有限公司", "齐鲁银行股份有限公司", "山东省农村信用社联合社", "泰安市不动产登记中心", "泰安市住房公积金管理中心",
             "泰安市公安局交通警察支队"]
    sheets = []
    for part, (label, units) in enumerate([("总对总", national), ("点对点（山东）", local)], 1):
        s = Sheet()
        s.draw.rectangle((mm(14), mm(14), s.width - mm(14), mm(26)), fill=(210, 210, 210))
        s.text(mm(18), mm(16), f"全国法院网络执行查控系统　查询结果反馈（{label}）", font("microhei", mm(5.2)))
        s.text(mm(14), mm(31), f"案号：{c.number}　　承办人：{c.officer}　　被查询人：{o.name}　　证件号：{o.id_number}", f)
        s.text(mm(14), mm(37), f"查询发起：{d:%Y-%m-%d}　　反馈汇总：{d + timedelta(days=2):%Y-%m-%d}", f)
        rows = [["序号", "协助单位", "财产类型", "反馈结果", "账号/权证号", "金额/说明"]]
        for k, unit in enumerate(units, 1):
            kind = ("网络资金" if "支付" in unit or "财付通" in unit else "车辆" if "交" in unit and "银行" not in unit
                    else "证券" if "证券" in unit else "不动产" if "不动产" in unit else "公积金" if "公积金" in unit else "存款")
            acct, amt, res = "—", "—", "无财产"
            if kind == "存款" and rng.random() < 0.35:
                acct, amt, res = f"62{rng.randint(10**14, 10**15 - 1)}", f"{rng.randint(0, 80)}.{rng.randint(10, 99)}", "有账户"
            if debit and unit.startswith("泰安银行"):
                acct, amt, res = c.extra["r_acct"], f"{c.extra['balance']:,.2f}", "有账户"
            if kind == "不动产":
                acct = "鲁（2019）泰安市不动产权第" + str(rng.randint(1000000, 9999999)) + "号"
                res = "有财产"
                amt = "抵押；岱岳区法院查封" if not debit else "抵押"
            rows.append([str(k), unit, kind, res, acct, amt])
        w = s.width - mm(28)
        frame(s, mm(14), mm(44), [mm(12), mm(58), mm(20), mm(20), mm(50), w - mm(160)], rows, f, heights=mm(10),
              labels=(0, 2, 3), outer=2)
        s.text(mm(14), s.height - mm(16), f"打印人：{c.clerk}　打印时间：{d + timedelta(days=3):%Y-%m-%d %H:%M}".replace(
            "00:00", f"{rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}"), f)
        s.right(s.width - mm(14), s.height - mm(16), f"第{part}页/共2页", f)
        s.page_of = (part, 2)
        sheets.append(s)
    return sheets


def _bank_slips(c: CaseCtx, rng: random.Random) -> Sheet:
    """Two slips on one page: 泰安银行's 协助扣划 回单 (the owner's account to the court) and 工商银行's 转账 回单 (the court
    to the company)."""
    s = Sheet()
    mono = font("mono", mm(3.6))
    f = font("sans", mm(3.6))
    debit_day: date = c.extra["pay_day"]
    slips = [("泰安银行　业务回单（司法扣划）", (170, 40, 40), c.respondent.name, c.extra["r_acct"], c.extra["r_bank"],
              f"{COURT}执行款专户", "1606" + str(rng.randint(10**14, 10**15 - 1)), "中国工商银行泰安泰山支行",
              c.amount + c.extra["fee"], debit_day, f"协助扣划{c.number}"),
             ("中国工商银行　网上银行电子回单", (30, 70, 140), f"{COURT}执行款专户", "1606" + str(rng.randint(10**14, 10**15 - 1)),
              "中国工商银行泰安泰山支行", c.applicant.name, c.extra["in_acct"], c.extra["in_bank"], c.amount,
              debit_day + timedelta(days=4), f"{c.number}案款发放")]
    y = mm(16)
    for title, ink, payer, pacct, pbank, payee, eacct, ebank, amount, day, use in slips:
        s.box(mm(16), y, s.width - mm(16), y + mm(120), width=3, outline=ink)
        s.text(mm(22), y + mm(5), title, font("sans_bold", mm(5.6)), fill=ink)
        s.text(mm(22), y + mm(15), f"日期：{day:%Y年%m月%d日}　　流水号：{day:%Y%m%d}{rng.randint(10**9, 10**10 - 1)}", f)
        w = s.width - mm(44)
        rows = [["付款人", payer, "收款人", payee], ["账号", pacct, "账号", eacct], ["开户行", pbank, "开户行", ebank],
                ["金额（小写）", f"CNY {amount:,.2f}"], ["金额（大写）", f"人民币{money_caps(amount)}"], ["摘要", use]]
        frame(s, mm(22), y + mm(24), [mm(24), mm(58), mm(20), w - mm(102)], rows, f, heights=mm(11), labels=(0, 2),
              ink=ink, outer=2)
        s.text(mm(22), y + mm(96), f"柜员：{rng.randint(10000, 99999)}　　授权：{rng.randint(10000, 99999)}", mono)
        seal(s, s.width - mm(52), y + mm(100), "泰安银行股份有限公司" if "泰安" in title else "中国工商银行泰安泰山支行", rng,
             radius=mm(14), inner="业务专用章" if "泰安" in title else "电子回单专用章")
        y += mm(132)
    return s


def _fee_bill(c: CaseCtx, rng: random.Random) -> Sheet:
    """山东省非税收入通用票据（电子）as printed: brown rules, a QR square, the 财政 supervision seal."""
    s = Sheet()
    brown = (140, 70, 40)
    f = font("song_gb", mm(3.8))
    s.centred(mm(22), "山东省非税收入通用票据（电子）", font("serif_bold", mm(7)), fill=brown, spacing=mm(0.5))
    q = random.Random(rng.randint(0, 10**6))
    for i in range(19):
        for j in range(19):
            if q.random() < 0.5:
                s.draw.rectangle((mm(18) + i * mm(1.1), mm(14) + j * mm(1.1), mm(18) + (i + 1) * mm(1.1),
                                  mm(14) + (j + 1) * mm(1.1)), fill=INK)
    s.text(mm(48), mm(36), f"票据代码：{37010124}　　票据号码：{rng.randint(10**9, 10**10 - 1)}", f, fill=brown)
    s.text(mm(48), mm(42), f"交款人统一社会信用代码：{c.applicant.id_number}　　校验码：{rng.randint(100000, 999999)}", f,
           fill=brown)
    s.text(mm(18), mm(50), f"交款人：{c.applicant.name}　　开票日期：{c.filed_on:%Y-%m-%d}", f, fill=brown)
    fee: Decimal = c.extra["fee"]
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）", "备注"],
            ["103040101", "诉讼费（申请执行费）", "件", "1", f"{fee:.2f}", f"{fee:.2f}", c.number],
            ["金额合计（大写）", money_caps(fee), "", "", "（小写）", f"{fee:.2f}", ""]]
    w = s.width - mm(36)
    frame(s, mm(18), mm(58), [mm(26), mm(44), mm(12), mm(12), mm(18), mm(24), w - mm(136)], rows, f, heights=mm(12),
          labels=(0,), ink=brown, outer=3)
    s.text(mm(18), mm(100), f"其他信息：执收单位　{COURT}　　缴款方式：网上缴款", f, fill=brown)
    s.text(mm(18), mm(108), "收款单位（章）：", f, fill=brown)
    seal(s, mm(64), mm(112), COURT, rng, radius=mm(15), inner="财务专用章")
    s.text(mm(110), mm(108), f"复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f, fill=brown)
    seal(s, s.width - mm(40), mm(26), "山东省财政厅", rng, radius=mm(12), inner="票据监制章")
    return s


# ---------------------------------------------------------------- the objecting owner


def _letter_paper(s: Sheet, rng: random.Random) -> tuple[float, float]:
    """The ruled 信笺 of the owner's old mill: red name at the head, red rules 10 mm apart. Returns (first line, pitch)."""
    red = (196, 60, 60)
    s.centred(mm(16), "泰安市第二纺织厂", font("serif_bold", mm(8.5)), fill=red, spacing=mm(2))
    s.line(mm(16), mm(30), s.width - mm(16), mm(30), width=4, fill=red)
    s.line(mm(16), mm(31.5), s.width - mm(16), mm(31.5), width=1, fill=red)
    pitch = mm(10.5)
    y = mm(30) + pitch
    while y < s.height - mm(16):
        s.line(mm(16), y, s.width - mm(16), y, width=1, fill=(225, 150, 150))
        y += pitch
    return float(mm(30) + pitch), float(pitch)


def _handwritten(lines: list[tuple[str, str]], rng: random.Random, *, signer: str, day: date) -> list[Sheet]:
    """An owner's letter in his hand on the mill's letter paper: ("t", title centred), ("p", paragraph), ("f", flush)."""
    ink = (24, 26, 60)
    size = mm(6.2)
    f = font("wenkai", size)
    sheets = [Sheet()]
    top, pitch = _letter_paper(sheets[0], rng)
    x0, x1 = mm(22), sheets[0].width - mm(20)
    y = top
    row_y = y

    def put(text: str, x: float) -> None:
        nonlocal row_y
        if row_y > sheets[-1].height - mm(30):
            sheets.append(Sheet())
            t, _ = _letter_paper(sheets[-1], rng)
            row_y = t
        scrawl(sheets[-1], x, row_y - size * 1.05, text, rng, role="wenkai", size=size, ink=ink, slant=5)
        row_y += pitch

    for kind, text in lines:
        if kind == "t":
            put(text, (sheets[-1].width - f.getlength(text)) / 2)
            continue
        first = size * 2 if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, (x1 - x0) / 1.03, indent=first)):
            put(part, x0 + (first if k == 0 else 0))
    last = sheets[-1]
    put("", x0)
    put(f"异议人：{signer}", x1 - mm(80))
    last = sheets[-1]
    last.draw.ellipse((x1 - mm(22), row_y - pitch * 1.9, x1 - mm(13), row_y - pitch * 0.9), fill=(205, 45, 45))
    put(f"{day.year}年{day.month}月{day.day}日", x1 - mm(76))
    for i, sh in enumerate(sheets, 1):
        if len(sheets) > 1:
            scrawl(sh, sh.width / 2 - mm(8), sh.height - mm(14), f"第{i}页", rng, role="wenkai", size=mm(4.6), ink=ink)
            sh.page_of = (i, len(sheets))
    return sheets


def _objection(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    o = c.applicant
    born = o.born or date(1958, 1, 1)
    paid = c.extra["paid_2021"]
    lines = [
        ("t", "执行异议申请书"),
        ("f", f"异议人：{o.name}，{o.sex}，{born.year}年{born.month}月{born.day}日生，汉族，退休职工，住{o.address}，"
              f"身份证号{o.id_number}，电话{o.phone}。"),
        ("f", f"申请执行人：{COMPANY}，地址泰山区岱宗大街218号。"),
        ("f", "异议请求："),
        ("p", f"请求法院解除对我在农业银行泰山支行账户（{c.extra['o_acct']}）的冻结。"),
        ("f", "事实和理由："),
        ("p", f"{c.extra['frozen_on'].month}月{c.extra['frozen_on'].day}日我去银行取钱，才知道账户被法院冻结了，是物业公司告我交物业费的"
              f"{MAIN_OF_OBJECTOR}案子。这个卡是我领退休金的卡，每月就{c.extra['pension']}元，我和老伴看病吃药全靠它，冻结了我们没法生活。"),
        ("p", "第二，我们那栋楼电梯三天两头停，2022年夏天楼顶漏水，屋里墙皮都泡掉了，找物业好几次没人管，物业服务不到位，"
              "凭什么要全额交物业费。"),
        ("p", f"第三，2021年我交过一次物业费{paid}元，有收据，物业公司算账时没有扣。"),
        ("p", "综上，请法院查明情况，解除冻结，保障我们老两口的基本生活。"),
        ("f", "此致"),
        ("f", COURT),
    ]
    return _handwritten(lines, rng, signer=o.name, day=d)


def _evidence(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The owner's evidence: his handwritten list, a photocopy of the freezing ruling, a copy of his pension passbook."""
    o = c.applicant
    listing = _handwritten([
        ("t", "证据清单"),
        ("f", f"1. {COURT}{MAIN_OF_OBJECTOR}执行裁定书（复印件）一份，证明法院冻结了我的账户；"),
        ("f", "2. 农业银行存折复印件一份，证明这个账户是领退休金的；"),
        ("f", f"3. 2021年物业费收据一张（原件我自己留着，开庭时带来），证明交过{c.extra['paid_2021']}元；"),
        ("f", "4. 楼顶漏水的照片三张（在手机里，可以给法官看）。"),
    ], rng, signer=o.name, day=d)
    for sh in listing:
        sh.page_of = None
    ruling = court_paper(rng, "执行裁定书", MAIN_OF_OBJECTOR, [
        ("h", f"申请执行人：{COMPANY}，住所地泰安市泰山区岱宗大街218号。"),
        ("h", f"被执行人：{o.name}，住{o.address}。"),
        ("p", f"本院依据已经发生法律效力的{COURT}{c.basis_number}民事判决书，于2023年12月立案执行。被执行人未按执行通知书履行义务。"
              "依照《中华人民共和国民事诉讼法》第二百五十三条的规定，裁定如下："),
        ("p", f"冻结被执行人{o.name}在{c.extra['o_bank']}账户（账号{c.extra['o_acct']}）内的存款{c.amount + Decimal(50):,.2f}元，"
              "冻结期限一年。"),
        ("p", "本裁定立即执行。"),
    ], day=c.extra["frozen_on"] - timedelta(days=1), signers=[("执行员", person_name(rng)), ("书记员", person_name(rng))])
    copy = ruling[0]
    for sh in ruling:
        _photocopied(sh, rng)
    passbook = _passbook(c, rng)
    pages = [*listing, copy, *ruling[1:], passbook]
    for sh in pages[1:]:
        sh.starts_document = False
    return pages


def _photocopied(s: Sheet, rng: random.Random) -> None:
    """A copier's copy: the paper greyed, the edges darkened, the image a little off square."""
    grey = Image.new("RGB", s.image.size, (226, 226, 224))
    img = ImageChops.multiply(s.image, grey)
    img = img.rotate(rng.uniform(-1.2, 1.2), fillcolor=(70, 70, 70))
    s.image.paste(img)
    s.draw.rectangle((0, 0, s.width, mm(3)), fill=(70, 70, 70))


def _passbook(c: CaseCtx, rng: random.Random) -> Sheet:
    """A copy of the open pension passbook: the cover leaf and a page of entries, the last one the freeze."""
    s = Sheet()
    x, y, w, h = mm(20), mm(30), mm(170), mm(110)
    s.box(x, y, x + w, y + h, width=3, outline=(90, 90, 90))
    s.line(x + w / 2, y, x + w / 2, y + h, width=2, fill=(120, 120, 120))
    s.text(x + mm(8), y + mm(10), "中国农业银行", font("serif_bold", mm(6.5)), fill=(20, 100, 70))
    s.text(x + mm(8), y + mm(22), "活期储蓄存折", font("serif", mm(5.2)))
    f = font("mono", mm(3.2))
    s.text(x + mm(8), y + mm(40), f"户名：{c.applicant.name}", font("sans", mm(4.2)))
    s.text(x + mm(8), y + mm(50), f"账号：{c.extra['o_acct']}", f)
    s.text(x + mm(8), y + mm(60), "开户行：泰安泰山支行", font("sans", mm(3.8)))
    s.text(x + mm(8), y + mm(70), "代发：泰安市社会保险事业中心 养老金", font("sans", mm(3.4)))
    pension: Decimal = c.extra["pension"]
    bal = Decimal(rng.randint(800, 4000))
    rows = []
    frozen = c.extra["frozen_on"]
    for k in range(6, 0, -1):
        m = frozen.year * 12 + frozen.month - 1 - k
        bal += pension
        rows.append(f"{m // 12}{m % 12 + 1:02d}10 养老金 +{pension:.2f} {bal:.2f}")
        out = Decimal(rng.randint(1500, 3200))
        bal -= out
        rows.append(f"{m // 12}{m % 12 + 1:02d}{rng.randint(12, 27)} 取现   -{out:.2f} {bal:.2f}")
    rows.append(f"{frozen:%Y%m%d} 司法冻结 {c.amount + Decimal(50):.2f}")
    ty = y + mm(6)
    for row in rows[-13:]:
        s.text(x + w / 2 + mm(4), ty, row, f)
        ty += mm(7.6)
    scrawl(s, mm(30), mm(160), "此复印件与原件相符", rng, role="wenkai", size=mm(6.5), ink=(24, 26, 60))
    scrawl(s, mm(110), mm(176), c.applicant.name, rng, role="wenkai", size=mm(7), ink=(24, 26, 60))
    return s

