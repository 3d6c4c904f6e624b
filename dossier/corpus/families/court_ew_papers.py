"""What 莲都法院's window receives, each in its maker's style: the trial division's and 丽水中院's judgments, the
丽水仲裁委员会's award and its certificate, the 丽水 lawyers' typed applications and letters, the window forms the
parties fill in by hand, copies of ID cards, business licences and a lawyer's licence, the 非税收入 receipt, and the
parties' own settlement. All of it came in clear sheet protectors (court_ew.render marks these sheets)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, INK, RED, Sheet, hand, mm, seal, signature, table, wrap
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "settlement_agreement",
})
LIANDU = "浙江省丽水市莲都区人民法院"


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _who(p: Party, role: str) -> str:
    if p.kind == "organisation":
        return f"{role}：{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}。统一社会信用代码：{p.id_number}。"
    born = p.born or date(1980, 1, 1)
    return f"{role}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，身份证号码{p.id_number}。"


class Pages:
    """A typed paper's sheets: lines go down a sheet and on to the next one."""

    def __init__(self, f: Font, *, left: float, right: float, top: float, foot: float, lead: float) -> None:
        self.sheets = [Sheet()]
        self.f, self.left, self.right, self.top, self.foot, self.lead = f, left, right, top, foot, lead
        self.y = float(top)

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    def room(self, need: float) -> None:
        if self.y + need > self.foot:
            self.sheets.append(Sheet())
            self.y = float(self.top)

    def para(self, text: str, *, indent: float = 2.0, f: Font | None = None) -> None:
        ff = f or self.f
        width = self.s.width - self.left - self.right
        first = ff.size * indent
        for k, part in enumerate(wrap(text, ff, width, indent=first)):
            self.room(self.lead)
            self.s.text(self.left + (first if k == 0 else 0), self.y, part, ff)
            self.y += self.lead

    def centre(self, text: str, f: Font, *, gap: float, spacing: float = 0.0) -> None:
        self.room(gap)
        self.s.centred(self.y, text, f, spacing=spacing)
        self.y += gap

    def flush_right(self, text: str, *, inset: float = 0.0) -> None:
        self.room(self.lead)
        self.s.right(self.s.width - self.right - inset, self.y, text, self.f)
        self.y += self.lead


def _number_pages(sheets: list[Sheet], fmt: str, size: float) -> list[Sheet]:
    if len(sheets) > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - mm(14), fmt.format(i=i, n=len(sheets)), font("serif", mm(size)))
            s.page_of = (i, len(sheets))
    return sheets


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "enforcement_basis":
        return _award(c, rng) if _tale(c) == "celadon" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return [_certificate(c, rng)]
    if code == "property_clue_form":
        return [_clues(c, rng)]
    if code == "fee_receipt":
        return [_fee(c, rng)]
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _licence(p, c, rng) if p.kind == "organisation" else [_id_card(p, rng)]
    if code == "power_of_attorney":
        return [_attorney(c, rng)]
    if code == "law_firm_letter":
        return [_firm_letter(c, rng)]
    if code == "lawyer_license":
        return [_lawyer_card(c, rng)]
    if code == "payment_account_confirmation":
        return [_account(c, rng)]
    if code == "service_address_confirmation":
        return [_address(c, rng)]
    if code == "settlement_agreement":
        return _settlement(c, rng)
    raise KeyError(code)


def _signs(s: Sheet, x: float, y: float, p: Party, rng: random.Random, *, label: str) -> None:
    f = font("serif", mm(5))
    s.text(x, y, label, f)
    if p.kind == "organisation":
        s.text(x, y + mm(9), p.name, f)
        seal(s, x + mm(40), y + mm(10), p.name, rng, radius=mm(19))
    else:
        signature(s, x + mm(4) + f.getlength(label), y - mm(2), p.name, rng, ink=INK)
        _thumb(s, x + f.getlength(label) + mm(30), y + mm(2), rng)


def _thumb(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red thumbprint pressed beside a signature: concentric ridges in an oval."""
    d = s.draw
    rx, ry = mm(5.5), mm(7)
    col = (RED[0] - rng.randint(0, 30), RED[1] + rng.randint(0, 30), RED[2] + rng.randint(0, 30))
    for k in range(0, int(rx), 3):
        d.ellipse((x - rx + k, y - ry + k * 1.25, x + rx - k, y + ry - k * 1.1), outline=col, width=2)


# ---------------------------------------------------------------- lawyer-typed papers (Word: 宋体 body, 黑体 titles)
def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    pg = Pages(font("serif", mm(5.4)), left=mm(28), right=mm(26), top=mm(30), foot=mm(262), lead=mm(9.8))
    pg.centre("强制执行申请书", font("sans_bold", mm(8.5)), gap=mm(18), spacing=mm(1))
    pg.para(_who(c.applicant, "申请执行人"), indent=0)
    pg.para(f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。", indent=0)
    pg.para(_who(c.respondent, "被执行人"), indent=0)
    pg.y += mm(3)
    pg.para("申请事项：", indent=0, f=font("sans_bold", mm(5.4)))
    pg.para(f"一、请求强制执行被执行人支付{_debt(c)}{money(c.amount)}及迟延履行期间的加倍债务利息；")
    pg.para("二、请求依法对被执行人采取限制高消费措施，并将其纳入失信被执行人名单；")
    pg.para("三、本案执行费用由被执行人承担。")
    pg.para("事实与理由：", indent=0, f=font("sans_bold", mm(5.4)))
    pg.para(f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}"
            f"{'裁决书' if _tale(c) == 'celadon' else '民事判决书'}，该文书已于{num_date(c.basis_effective)}发生法律效力。"
            "被执行人至今未履行生效法律文书确定的义务。为维护申请执行人的合法权益，特依据《中华人民共和国民事诉讼法》"
            "第二百四十七条之规定，向贵院申请强制执行。")
    pg.y += mm(4)
    pg.para("此致", indent=2)
    pg.para(LIANDU, indent=0)
    pg.room(mm(40))
    pg.y += mm(6)
    _signs(pg.s, pg.s.width - mm(110), pg.y, c.applicant, rng, label="申请执行人：")
    pg.y += mm(24)
    pg.flush_right(f"{c.filed_on - timedelta(days=rng.randint(1, 5)):%Y年%m月%d日}", inset=mm(10))
    return _number_pages(pg.sheets, "第{i}页 共{n}页", 3.8)


def _debt(c: CaseCtx) -> str:
    return {"mushroom": "货款", "celadon": "货款", "coldstore": "冷库租金"}[_tale(c)]


def _attorney(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(30), "授 权 委 托 书", font("sans_bold", mm(9)), spacing=mm(2))
    f = font("serif", mm(5.2))
    y = float(mm(52))
    text = [_who(c.applicant, "委托人"),
            f"受托人：{c.agent}，{c.firm}律师，地址{c.extra['firm_addr']}，电话{c.agent_phone}。",
            f"现委托上列受托人在委托人与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。",
            "代理权限为：特别授权，包括代为申请执行、提供财产线索、参与执行和解、代为签收法律文书、代为领取执行款、申请终结或撤回执行。",
            "委托期限：自签订之日起至本案执行终结止。"]
    for t in text:
        for k, part in enumerate(wrap(t, f, s.width - mm(54), indent=mm(10.4))):
            s.text(mm(28) + (mm(10.4) if k == 0 else 0), y, part, f)
            y += mm(9.4)
        y += mm(2)
    y += mm(12)
    _signs(s, mm(28), y, c.applicant, rng, label="委托人：")
    s.text(mm(118), y, "受托人：", f)
    signature(s, mm(142), y - mm(2), c.agent, rng, ink=BLUE_INK)
    s.right(s.width - mm(30), y + mm(36), f"{c.filed_on - timedelta(days=rng.randint(2, 6)):%Y年%m月%d日}", f)
    return s


def _firm_letter(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(26), c.firm, font("serif_bold", mm(9)), fill=RED)
    s.line(mm(20), mm(42), s.width - mm(20), mm(42), width=5, fill=RED)
    s.line(mm(20), mm(44.5), s.width - mm(20), mm(44.5), width=1, fill=RED)
    short = c.firm.removeprefix("浙江").removesuffix("律师事务所")[:2]
    s.right(s.width - mm(26), mm(50), f"浙{short}律执字〔{c.filed_on.year}〕第{rng.randint(11, 240)}号", font("serif", mm(4.8)))
    s.centred(mm(64), "律师事务所函", font("sans_bold", mm(8.5)), spacing=mm(1.5))
    f = font("serif", mm(5.3))
    y = float(mm(84))
    s.text(mm(28), y, f"{LIANDU}：", f)
    y += mm(11)
    body = (f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}"
            f"执行一案的代理人。律师执业证号：{c.extra['licence']}。特此函告。")
    for k, part in enumerate(wrap(body, f, s.width - mm(56), indent=mm(10.6))):
        s.text(mm(28) + (mm(10.6) if k == 0 else 0), y, part, f)
        y += mm(9.6)
    y += mm(26)
    s.right(s.width - mm(30), y, c.firm, f)
    s.right(s.width - mm(34), y + mm(12), f"{c.filed_on - timedelta(days=rng.randint(1, 4)):%Y年%m月%d日}", f)
    seal(s, s.width - mm(64), y + mm(8), c.firm, rng, radius=mm(20))
    s.text(mm(28), s.height - mm(40), f"地址：{c.extra['firm_addr']}　　邮编：323000", font("serif", mm(4)))
    return s


def _lawyer_card(c: CaseCtx, rng: random.Random) -> Sheet:
    """A photocopy of the open licence booklet, both leaves on the top half of the sheet."""
    s = Sheet()
    x0, y0 = mm(20), mm(30)
    w, h = mm(82), mm(112)
    grey = (95, 95, 95)
    for k in range(2):
        s.box(x0 + k * (w + mm(6)), y0, x0 + k * (w + mm(6)) + w, y0 + h, width=3, outline=grey)
    f = font("serif", mm(4.3))
    s.centred(y0 + mm(10), "中华人民共和国", font("serif_bold", mm(5.4)), x0=x0, x1=x0 + w)
    s.centred(y0 + mm(20), "律师执业证", font("serif_bold", mm(7.5)), x0=x0, x1=x0 + w, spacing=mm(1))
    s.box(x0 + mm(26), y0 + mm(36), x0 + mm(56), y0 + mm(74), width=2, outline=grey)
    s.text(x0 + mm(33), y0 + mm(53), "照片", font("sans", mm(4)), fill=grey)
    s.centred(y0 + mm(88), "发证机关：浙江省司法厅", f, x0=x0, x1=x0 + w)
    seal(s, x0 + w / 2, y0 + mm(94), "浙江省司法厅", rng, radius=mm(14))
    rx = x0 + w + mm(12)
    rows = [("持证人", c.agent), ("性　别", rng.choice("男女")), ("执业机构", c.firm), ("执业证类别", "专职律师"),
            ("执业证号", c.extra["licence"]), ("法律职业资格", f"A{rng.randint(2008, 2019)}{rng.randint(10**8, 10**9 - 1)}"),
            ("发证日期", f"{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    yy = y0 + mm(12)
    for label, value in rows:
        s.text(rx, yy, label, f)
        for k, part in enumerate(wrap(value, f, w - mm(36))):
            s.text(rx + mm(28), yy + k * mm(6.4), part, f)
        yy += mm(13)
    s.text(x0, y0 + h + mm(10), "年度考核备案：2023年度　称职　丽水市司法局", font("serif", mm(4.2)))
    s.text(x0, y0 + h + mm(24), "与原件核对一致", font("kai", mm(5.6)), fill=BLUE_INK)
    signature(s, x0 + mm(44), y0 + h + mm(21), c.agent, rng, ink=BLUE_INK)
    return s


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    pg = Pages(font("serif", mm(5.2)), left=mm(26), right=mm(24), top=mm(28), foot=mm(266), lead=mm(9.2))
    pg.centre("执行和解协议", font("hei", mm(8.5)), gap=mm(16), spacing=mm(1.5))
    pg.para(_who(a, "甲方（申请执行人）"), indent=0)
    pg.para(_who(r, "乙方（被执行人）"), indent=0)
    pay = c.extra["pay_day"]
    pg.para(f"甲乙双方{c.extra['cause']}一案，{c.basis_court}{c.basis_number}文书已发生法律效力，甲方向{LIANDU}申请执行，"
            f"案号{c.number}。经双方平等协商，在执行法官主持下自愿达成如下和解协议：")
    first = (c.amount * 6 / 10).quantize(c.amount) if _tale(c) != "mushroom" else c.amount - c.extra["frozen"]
    pg.para(f"一、乙方确认尚欠甲方{_debt(c)}{money(c.amount)}，甲方同意放弃迟延履行期间的加倍债务利息。")
    pg.para(f"二、乙方于协议签订当日支付{first:.2f}元，余款{c.amount - first:.2f}元于{num_date(pay)}前付清，"
            f"均汇入{LIANDU}执行款专户。" if _tale(c) != "mushroom" else
            f"二、法院已扣划的款项{c.extra['frozen']}元冲抵欠款，余款{first:.2f}元乙方于{num_date(pay)}前汇入{LIANDU}执行款专户。")
    pg.para("三、乙方按期足额履行后，本案执行完毕；乙方逾期未履行任何一期，甲方有权申请恢复执行原生效法律文书。")
    pg.para("四、本协议一式三份，甲乙双方各执一份，交法院一份附卷，自双方签字（盖章）之日起生效。")
    pg.room(mm(56))
    pg.y += mm(10)
    s = pg.s
    _signs(s, mm(26), pg.y, a, rng, label="甲方：")
    _signs(s, mm(112), pg.y, r, rng, label="乙方：")
    pg.y += mm(30)
    hand(s, mm(112), pg.y, f"{made_on_settle(c):%Y.%m.%d}", rng, size=mm(5.5), ink=BLUE_INK)
    return _number_pages(pg.sheets, "- {i} -", 4.0)


def made_on_settle(c: CaseCtx) -> date:
    return c.day(31)


# ---------------------------------------------------------------- the tribunals: trial division, 丽水中院, 丽水仲裁委
def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    appeal = _tale(c) == "coldstore"
    court = c.basis_court
    a, r = c.applicant, c.respondent
    pg = Pages(font("serif", mm(5.3)), left=mm(28), right=mm(26), top=mm(32), foot=mm(264), lead=mm(9.4))
    pg.centre(court, font("serif_bold", mm(8)), gap=mm(15), spacing=mm(0.5))
    pg.centre("民 事 判 决 书", font("serif_bold", mm(10)), gap=mm(18), spacing=mm(2))
    pg.flush_right(c.basis_number)
    pg.y += mm(3)
    if appeal:
        pg.para(_who(r, "上诉人（原审被告）"), indent=0)
        pg.para(_who(a, "被上诉人（原审原告）"), indent=0)
        pg.para(f"委托诉讼代理人：{c.agent}，{c.firm}律师。", indent=0)
        pg.para(f"上诉人{r.name}因与被上诉人{a.name}租赁合同纠纷一案，不服浙江省丽水市莲都区人民法院{c.extra['first_no']}民事判决，"
                "向本院提起上诉。本院受理后，依法组成合议庭审理了本案。本案现已审理终结。")
        pg.para(f"{r.name}上诉请求：撤销原判，改判驳回被上诉人的诉讼请求。事实和理由：冷库制冷设备多次故障，导致所存香菇霉变，上诉人有权拒付租金。")
        pg.para(f"{a.name}辩称，冷库交付时运行正常，故障系上诉人超量堆放所致，且上诉人从未书面通知维修，原判正确，请求维持。")
        pg.para(f"一审法院认定：双方签订《冷库租赁合同》，约定上诉人租用被上诉人位于莲都区城北的冷库{c.extra['rooms']}间，用于存放干、鲜香菇。"
                f"上诉人自2022年起拖欠租金共计{c.amount:.2f}元。一审判决上诉人支付被上诉人租金{c.amount:.2f}元。")
        pg.para("本院经审理查明的事实与一审一致。本院认为，上诉人主张的设备故障未提供证据证实，其拒付租金的理由不能成立。"
                "一审判决认定事实清楚，适用法律正确。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项之规定，判决如下：")
        pg.para("驳回上诉，维持原判。")
        pg.para(f"二审案件受理费{int(c.extra['fee']) * 2}元，由上诉人{r.name}负担。")
        pg.para("本判决为终审判决。")
        sign = [("审判长", person_name(rng)), ("审判员", person_name(rng)), ("审判员", person_name(rng))]
    else:
        pg.para(_who(a, "原告"), indent=0)
        pg.para(f"委托诉讼代理人：{c.agent}，{c.firm}律师。", indent=0)
        pg.para(_who(r, "被告"), indent=0)
        pg.para(f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。")
        pg.para(f"原告向本院提出诉讼请求：判令被告支付货款{c.amount:.2f}元。事实与理由：2022年10月至2023年1月，原告分批向被告供应"
                f"干香菇（花菇）共计{c.extra['kg']}公斤，被告收货后未付货款。")
        pg.para("被告未作答辩，亦未到庭参加诉讼。")
        pg.para(f"本院经审理认定：原告提交的送货单、对账单足以证明双方之间存在买卖合同关系，被告尚欠货款{c.amount:.2f}元。"
                "依照《中华人民共和国民法典》第五百九十五条、第六百二十六条之规定，判决如下：")
        pg.para(f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:.2f}元。")
        pg.para("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。")
        pg.para(f"案件受理费减半收取{c.extra['fee']}元，由被告负担。")
        pg.para("如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于浙江省丽水市中级人民法院。")
        sign = [("审判员", c.judge)]
    pg.room(mm(12) * (len(sign) + 3))
    pg.y += mm(6)
    for role, name in sign:
        s = pg.s
        s.text(s.width - mm(90), pg.y, role, pg.f, spacing=mm(2))
        s.text(s.width - mm(56), pg.y, name, pg.f)
        pg.y += mm(10)
    day = c.basis_effective - timedelta(days=0 if appeal else 17)
    pg.flush_right(cn_date(day), inset=mm(8))
    seal(pg.s, pg.s.width - mm(62), pg.y - mm(8), court, rng, radius=mm(20))
    s = pg.s
    s.box(mm(30), pg.y - mm(6), mm(72), pg.y + mm(4), width=2, outline=(60, 60, 60))
    s.text(mm(32), pg.y - mm(5), "本件与原本核对无异", font("serif", mm(4)))
    pg.flush_right(f"书记员　{person_name(rng)}", inset=mm(8))
    return _number_pages(pg.sheets, "第{i}页 共{n}页", 3.8)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    pg = Pages(font("ming", mm(5.2)), left=mm(26), right=mm(26), top=mm(28), foot=mm(266), lead=mm(9.2))
    pg.centre("丽水仲裁委员会", font("serif_bold", mm(9.5)), gap=mm(16), spacing=mm(2.5))
    pg.centre("裁　决　书", font("hei", mm(9)), gap=mm(16), spacing=mm(2))
    pg.flush_right(c.basis_number)
    pg.para(f"申请人：{a.name}，{a.sex}，身份证号码{a.id_number}，住{a.address}，系{c.extra['studio']}经营者。", indent=0)
    pg.para(f"委托代理人：{c.agent}，{c.firm}律师。", indent=0)
    pg.para(f"被申请人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。法定代表人：{r.legal_rep}。", indent=0)
    pg.para("丽水仲裁委员会（以下简称本会）根据申请人与被申请人签订的《青瓷产品购销合同》中的仲裁条款，于2023年受理了申请人"
            "提出的仲裁申请。本会依法组成独任仲裁庭，于2023年开庭审理了本案，被申请人经合法通知无正当理由未到庭，仲裁庭依法缺席审理。")
    pg.para(f"申请人称：申请人按约向被申请人供应龙泉青瓷茶具、梅瓶、香炉等产品{c.extra['pieces']}件，被申请人用于景区门店销售，"
            f"至今欠付货款{c.amount:.2f}元。请求裁决被申请人支付货款并承担仲裁费用。")
    pg.para("仲裁庭认为：双方签订的购销合同系真实意思表示，合法有效。申请人提交的送货单、验收单及对账函足以证明其已履行交货义务，"
            "被申请人应当支付货款。据此，依照《中华人民共和国仲裁法》第四十二条第二款、第五十四条之规定，裁决如下：")
    pg.para(f"（一）被申请人{r.name}向申请人{a.name}支付货款{c.amount:.2f}元，于本裁决书送达之日起十日内付清；")
    pg.para(f"（二）本案仲裁费{c.extra['fee']}元，由被申请人承担。")
    pg.para("本裁决为终局裁决，自作出之日起发生法律效力。")
    pg.room(mm(46))
    pg.y += mm(8)
    s = pg.s
    s.text(s.width - mm(92), pg.y, "独任仲裁员", pg.f)
    signature(s, s.width - mm(52), pg.y - mm(2), person_name(rng), rng)
    pg.y += mm(16)
    pg.flush_right(cn_date(c.basis_effective), inset=mm(6))
    seal(pg.s, pg.s.width - mm(56), pg.y - mm(10), "丽水仲裁委员会", rng, radius=mm(20))
    pg.flush_right(f"秘书　{person_name(rng)}", inset=mm(6))
    return _number_pages(pg.sheets, "第 {i} 页", 4.0)


def _certificate(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    f = font("serif", mm(5.4))
    if _tale(c) == "celadon":
        s.centred(mm(34), "丽水仲裁委员会", font("serif_bold", mm(8.5)), spacing=mm(2))
        s.centred(mm(52), "裁决书生效证明", font("hei", mm(8.5)), spacing=mm(1.5))
        body = [f"{c.applicant.name}：",
                f"　　申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，本会于{num_date(c.basis_effective)}作出"
                f"{c.basis_number}裁决书。该裁决书已依法送达双方当事人，根据《中华人民共和国仲裁法》第五十七条之规定，"
                "裁决书自作出之日起发生法律效力。", "　　特此证明。"]
        who = "丽水仲裁委员会"
        day = c.basis_effective + timedelta(days=rng.randint(20, 30))
    else:
        s.centred(mm(34), LIANDU, font("serif_bold", mm(8)), spacing=mm(0.5))
        s.centred(mm(52), "生 效 证 明 书", font("serif_bold", mm(9)), spacing=mm(2))
        first = c.extra.get("first_no", c.basis_number)
        body = [f"{c.applicant.name}：",
                f"　　本院受理的原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，本院作出的{first}民事判决书"
                + (f"，经浙江省丽水市中级人民法院{c.basis_number}民事判决驳回上诉、维持原判，" if _tale(c) == "coldstore" else
                   "已送达双方当事人，双方在法定期限内均未提起上诉，")
                + f"已于{num_date(c.basis_effective)}发生法律效力。", "　　特此证明。"]
        who = LIANDU
        day = c.basis_effective + timedelta(days=rng.randint(8, 20))
    y = float(mm(78))
    for t in body:
        for part in wrap(t, f, s.width - mm(56)):
            s.text(mm(28), y, part, f)
            y += mm(10)
    y += mm(30)
    s.right(s.width - mm(32), y, cn_date(day), f)
    seal(s, s.width - mm(62), y + mm(2), who, rng, radius=mm(20))
    if who == LIANDU:
        s.text(mm(28), y + mm(40), "（民事审判第二庭）　经办人：", font("serif", mm(4.4)))
        signature(s, mm(86), y + mm(37), c.judge, rng)
    return s


# ---------------------------------------------------------------- forms the parties fill in by hand
def _form_sheet(title: str, sub: str) -> Sheet:
    s = Sheet()
    s.centred(mm(22), sub, font("sans", mm(5)))
    s.centred(mm(32), title, font("sans_bold", mm(8)), spacing=mm(1.2))
    return s


def _filled(s: Sheet, y: float, rows: Sequence[tuple[str, str]], rng: random.Random, *, label_w: float = 48,
            tall: Sequence[int] = ()) -> float:
    x = mm(18)
    w = s.width - 2 * x
    heights = [mm(34) if i in tall else mm(14.5) for i in range(len(rows))]
    table(s, x, y, [mm(label_w), w - mm(label_w)], [[lab, ""] for lab, _ in rows], font("sans", mm(4.4)),
          row_h=heights, centre_first=True, width=2)
    cy = y
    per = int((w - mm(label_w) - mm(8)) / mm(5.8))
    for (_, v), h in zip(rows, heights, strict=True):
        ty = cy + mm(3)
        for i in range(0, len(v), per):
            if ty > cy + h - mm(7):
                break
            hand(s, x + mm(label_w) + mm(4), ty, v[i:i + per], rng, size=mm(5.4), ink=BLUE_INK)
            ty += mm(7.6)
        cy += h
    return cy


def _clues(c: CaseCtx, rng: random.Random) -> Sheet:
    s = _form_sheet("被执行人财产线索表", "丽水市莲都区人民法院执行立案窗口")
    r = c.respondent
    if _tale(c) == "mushroom":
        clue = (f"{c.extra['r_bank']} 账号{c.extra['r_acct']}", "公司仓库存有香菇、木耳等干货", "不清楚")
    elif _tale(c) == "celadon":
        clue = ("不清楚", "古堰画乡景区内门店一间（租的）", "公司名下可能有面包车一辆")
    else:
        clue = ("丽水银行 具体账号不详", "在庆元有香菇收购点", "浙K牌照货车一辆（号码记不清）")
    rows = [("被执行人", r.name), ("联系电话", r.phone), ("住所地/经常居住地", r.address), ("银行账户", clue[0]),
            ("房产、土地", "不详"), ("车辆", clue[2]), ("其他财产线索", clue[1]), ("提供人", c.agent)]
    y = _filled(s, mm(48), rows, rng, tall=(6,))
    s.text(mm(20), y + mm(6), "提示：申请执行人应如实提供财产线索，法院将在七日内予以核查。", font("sans", mm(4)))
    s.text(mm(116), y + mm(22), "填表日期：", font("sans", mm(4.6)))
    hand(s, mm(140), y + mm(20), num_date(c.filed_on), rng, size=mm(5.4), ink=BLUE_INK)
    return s


def _account(c: CaseCtx, rng: random.Random) -> Sheet:
    s = _form_sheet("收取执行款账户确认书", LIANDU)
    a = c.applicant
    rows = [("案号", c.number), ("申请执行人", a.name), ("收款户名", a.name),
            ("开户银行", c.extra["in_bank"]), ("银行账号", c.extra["in_acct"]), ("联系电话", c.agent_phone)]
    y = _filled(s, mm(50), rows, rng)
    f = font("sans", mm(4.4))
    note = "本人（单位）确认：本案执行款请汇入上述账户；账户信息有误或变更未及时告知法院的，由本人（单位）承担相应后果。"
    for part in wrap(note, f, s.width - mm(40)):
        s.text(mm(20), y + mm(8), part, f)
        y += mm(7)
    _signs(s, mm(100), y + mm(20), a, rng, label="确认人：")
    hand(s, mm(124), y + mm(46), num_date(c.filed_on), rng, size=mm(5.2), ink=BLUE_INK)
    return s


def _address(c: CaseCtx, rng: random.Random) -> Sheet:
    s = _form_sheet("送达地址确认书", "浙江法院")
    a = c.applicant
    rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("收件人", c.agent),
            ("手机号码", c.agent_phone), ("电子送达", "同意（浙江移动微法院、短信）"),
            ("告知事项", "")]
    y = _filled(s, mm(50), rows, rng, tall=(6,))
    f = font("sans", mm(3.9))
    warn = ("1.受送达人应如实提供确切的送达地址；2.确认的送达地址适用于执行程序；3.地址变更应及时书面告知法院，未告知的，"
            "按原地址送达视为送达；4.因提供地址不准确导致文书未能被实际接收的，文书退回之日视为送达之日。")
    yy = y - mm(32)
    for part in wrap(warn, f, s.width - mm(36) - mm(56)):
        s.text(mm(18) + mm(52), yy, part, f)
        yy += mm(5.6)
    s.text(mm(100), y + mm(14), "受送达人（签名）：", font("sans", mm(4.6)))
    signature(s, mm(146), y + mm(12), c.agent, rng, ink=BLUE_INK)
    hand(s, mm(124), y + mm(28), num_date(c.filed_on), rng, size=mm(5.2), ink=BLUE_INK)
    return s


# ---------------------------------------------------------------- copies and receipts
def _id_card(p: Party, rng: random.Random) -> Sheet:
    s = Sheet()
    grey = (70, 70, 74)
    w, h = mm(86), mm(54)
    x, y = (s.width - w) / 2, mm(36)
    for k in range(2):
        top = y + k * (h + mm(18))
        s.draw.rounded_rectangle((x, top, x + w, top + h), radius=mm(3), outline=grey, width=3)
    f = font("hei", mm(3.6))
    rows = [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"),
            ("出生", f"{(p.born or date(1980, 1, 1)).year}年{(p.born or date(1980, 1, 1)).month}月{(p.born or date(1980, 1, 1)).day}日"),
            ("住址", p.address)]
    ty = y + mm(6)
    for label, v in rows:
        s.text(x + mm(5), ty, label, f, fill=grey)
        for k, part in enumerate(wrap(v, f, mm(46))):
            s.text(x + mm(16), ty + k * mm(5), part, f)
        ty += mm(8) if label != "住址" else mm(14)
    s.text(x + mm(5), y + h - mm(10), "公民身份号码", f, fill=grey)
    s.text(x + mm(28), y + h - mm(10.5), p.id_number, font("sans", mm(4.4)))
    s.draw.rectangle((x + mm(62), y + mm(8), x + mm(82), y + mm(34)), fill=(150, 150, 152))
    b = y + h + mm(18)
    s.centred(b + mm(8), "中华人民共和国", font("hei", mm(5)), x0=x, x1=x + w)
    s.centred(b + mm(17), "居民身份证", font("hei", mm(6.5)), x0=x, x1=x + w, spacing=mm(1.5))
    issued = rng.randint(2014, 2021)
    s.text(x + mm(8), b + h - mm(16), f"签发机关　{_police(p.address)}", f)
    s.text(x + mm(8), b + h - mm(9), f"有效期限　{issued}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-{issued + 20}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}", f)
    s.text(mm(40), b + h + mm(20), "本复印件与原件一致，仅供莲都法院执行立案使用", font("kai", mm(5.4)), fill=BLUE_INK)
    signature(s, mm(120), b + h + mm(32), p.name, rng, ink=BLUE_INK)
    return s


def _police(address: str) -> str:
    """The public-security bureau that issued a card to someone living at `address`."""
    if "莲都区" in address:
        return "丽水市公安局莲都分局"
    rest = address.removeprefix("浙江省")
    cut = min((i for i in (rest.find("市"), rest.find("县")) if i >= 0), default=len(rest) - 1)
    return rest[:cut + 1] + "公安局"


def _licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    x0, y0, x1, y1 = mm(22), mm(26), s.width - mm(22), mm(200)
    s.box(x0, y0, x1, y1, width=6, outline=(120, 100, 60))
    s.box(x0 + mm(3), y0 + mm(3), x1 - mm(3), y1 - mm(3), width=2, outline=(120, 100, 60))
    s.centred(y0 + mm(14), "营 业 执 照", font("serif_bold", mm(11)), spacing=mm(3))
    s.text(x0 + mm(10), y0 + mm(36), f"统一社会信用代码　{p.id_number}", font("sans", mm(4.2)))
    coop = p.name.endswith("合作社")
    rows = [("名　　称", p.name), ("类　　型", "农民专业合作社" if coop else "有限责任公司（自然人投资或控股）"),
            ("法定代表人", p.legal_rep), ("成员出资总额" if coop else "注册资本", f"{rng.choice([50, 100, 200, 500])}万元人民币"),
            ("成立日期", f"{rng.randint(2009, 2019)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"),
            ("住　　所", p.address),
            ("经营范围", "食用菌种植、收购、销售；农产品初加工" if coop or "食品" in p.name else "工艺美术品及礼仪用品销售；旅游用品销售")]
    f = font("serif", mm(4.6))
    y = y0 + mm(50)
    for label, v in rows:
        s.text(x0 + mm(12), y, label, f)
        for k, part in enumerate(wrap(v, f, mm(100))):
            s.text(x0 + mm(48), y + k * mm(7), part, f)
        y += mm(13) if len(v) < 24 else mm(20)
    s.draw.rectangle((x0 + mm(10), y1 - mm(40), x0 + mm(34), y1 - mm(16)), outline=INK, width=3)
    s.text(x1 - mm(70), y1 - mm(30), "登记机关", f)
    s.text(x1 - mm(70), y1 - mm(20), f"{rng.randint(2019, 2023)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    seal(s, x1 - mm(44), y1 - mm(30), "丽水市市场监督管理局", rng, radius=mm(17))
    s.text(mm(30), y1 + mm(14), "（复印件，与原件一致）", font("kai", mm(5.4)), fill=BLUE_INK)
    seal(s, mm(120), y1 + mm(22), p.name, rng, radius=mm(19))
    rep = Sheet()
    rep.centred(mm(36), "法定代表人身份证明书", font("sans_bold", mm(8)), spacing=mm(1))
    ff = font("serif", mm(5.3))
    yy = float(mm(62))
    for t in (f"　　{p.legal_rep}在我单位任{'理事长' if coop else '执行董事兼总经理'}职务，是我单位的法定代表人。",
              f"　　单位名称：{p.name}", f"　　统一社会信用代码：{p.id_number}", f"　　住所：{p.address}", "　　特此证明。"):
        for part in wrap(t, ff, rep.width - mm(56)):
            rep.text(mm(28), yy, part, ff)
            yy += mm(10)
    rep.right(rep.width - mm(30), yy + mm(30), f"{c.filed_on - timedelta(days=rng.randint(2, 9)):%Y年%m月%d日}", ff)
    seal(rep, rep.width - mm(60), yy + mm(30), p.name, rng, radius=mm(19))
    return [s, rep]


def _fee(c: CaseCtx, rng: random.Random) -> Sheet:
    """浙江省非税收入统一票据（电子）, printed on the top half of A4 from the 浙里办 download."""
    s = Sheet()
    green = (40, 120, 80)
    x0, y0, x1 = mm(16), mm(22), s.width - mm(16)
    s.centred(y0, "浙江省非税收入统一票据（电子）", font("serif_bold", mm(7)), fill=green)
    f = font("sans", mm(3.9))
    s.text(x0, y0 + mm(14), f"票据代码：330601{rng.randint(10, 99)}　　交款人统一社会信用代码：{c.applicant.id_number}", f)
    s.text(x0, y0 + mm(21), f"交款人：{c.applicant.name}", f)
    s.right(x1, y0 + mm(14), f"票据号码：{rng.randint(10**9, 10**10 - 1):010d}", f)
    paid_on = c.basis_effective - timedelta(days=rng.randint(60, 150))
    s.right(x1, y0 + mm(21), f"开票日期：{paid_on:%Y-%m-%d}", f)
    fee = c.extra["fee"]
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"],
            ["103040100101", "仲裁费" if _tale(c) == "celadon" else "案件受理费", "件", "1", f"{fee:.2f}", f"{fee:.2f}"],
            ["", "", "", "", "", ""],
            ["金额合计（大写）", money_caps(fee), "", "", "（小写）", f"{fee:.2f}"]]
    table(s, x0, y0 + mm(30), [mm(32), mm(46), mm(14), mm(14), mm(30), mm(42)], rows, f, row_h=mm(11), width=1, fill=green)
    s.text(x0, y0 + mm(80), f"备注：{c.basis_number if _tale(c) != 'coldstore' else c.extra['first_no']}　{c.extra['cause']}", f)
    s.text(x0, y0 + mm(92), f"收款单位（章）：{'丽水仲裁委员会' if _tale(c) == 'celadon' else LIANDU}", f)
    s.text(x0 + mm(110), y0 + mm(92), "复核人：系统　　收款人：", f)
    seal(s, x0 + mm(150), y0 + mm(84), "浙江省财政厅票据监制章", rng, radius=mm(14))
    return s
