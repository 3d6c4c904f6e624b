"""What 延吉市人民法院执行局 receives, each in its maker's hand: the 延吉市公证处's 公证书 and 执行证书 inside a ruled double
frame in 文楷 with "— n —" folios; 延边中院's 民事判决书 (bilingual head, Noto serif, "- n -" folios, the 核对无异 stamp)
and this court's civil division's judgment and 生效证明书; the 布尔哈通 firm's applications in 黑体 under a boxed title
and its A5 所函 under a red bilingual letterhead; an old mother's application typed in 조선어 with the translation
company's certified Chinese text behind it; a 冷面 house's settlement written in Korean and Chinese; bilingual 延边 ID
cards and a cooperative's licence as copies; the window's bilingual forms filled by hand; the A5 non-tax receipt and
payout voucher; the 查控 system's landscape printout."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date
from dossier.corpus.draw import INK, RED, Sheet, mm, seal, text_width, wrap
from dossier.corpus.families.court_id_kit import (
    A4,
    A4L,
    A5,
    BLACK_PEN,
    COURT,
    COURT_KO,
    MID,
    MID_KO,
    court_seal,
    heading,
    pen,
    rgrid,
    thumbprint,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
NOTARY = "吉林省延吉市公证处"
NOTARY_KO = "길림성연길시공증처"
TRANSLATOR = "延边朝汉翻译服务有限公司"
TEAL = (28, 96, 104)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_id import made_on

    t = str(c.extra["tale"])
    d = made_on(c, code)
    if code == "enforcement_basis":
        return _notarial_deed(c, rng) if t == "noodle" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _execution_certificate(c, rng) if t == "noodle" else _in_effect(c, rng)
    if code == "enforcement_application":
        return _korean_application(c, rng) if t == "elder" else _lawyer_application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence_card(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _co_op_licence(p, c, rng) if p.kind == "organisation" else _id_card(p, rng)
    if code == "fee_receipt":
        return _fee_bill(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _payout(c, rng, d)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}，理事长。"
    born = p.born or date(1970, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，朝鲜族，住{p.address}，公民身份号码{p.id_number}。"


class Pages:
    """A typed paper running down sheets of one size in one face: paragraph, hanging lines, centred lines."""

    def __init__(self, size: tuple[int, int], f: Font, *, left: float, right: float, top: float, foot: float,
                 lead: float = 1.8, on_new: object = None) -> None:
        self.sheets = [Sheet(size=size)]
        self.size, self.f, self.left, self.right, self.top, self.foot = size, f, left, right, top, foot
        self.lead = f.size * lead
        self.y = float(top)
        self.on_new = on_new

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def x1(self) -> float:
        return self.s.width - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet(size=self.size))
            self.y = float(self.top)
            if callable(self.on_new):
                self.on_new(self.s)

    def para(self, text: str, *, first: float = 2, hang: str = "", f: Font | None = None) -> None:
        ff = f or self.f
        h = ff.getlength(hang) if hang else 0.0
        ind = ff.size * first if not hang else 0.0
        for k, part in enumerate(wrap(text, ff, self.x1 - self.left - h, indent=ind)):
            self.need(self.lead)
            self.s.text(self.left + (ind if k == 0 else h), self.y, part, ff)
            self.y += self.lead

    def centred(self, text: str, f: Font | None = None, spacing: float = 0.0) -> None:
        self.need(self.lead)
        self.s.centred(self.y, text, f or self.f, spacing=spacing)
        self.y += self.lead

    def right_line(self, text: str, pad: float = 0.0) -> None:
        self.need(self.lead)
        self.s.right(self.x1 - pad, self.y, text, self.f)
        self.y += self.lead


def _frame(s: Sheet) -> None:
    s.box(mm(12), mm(12), s.width - mm(12), s.height - mm(12), width=6)
    s.box(mm(15), mm(15), s.width - mm(15), s.height - mm(15), width=2)


def _notary_pages(c: CaseCtx, title: str, ko: str, number: str) -> Pages:
    f = font("wenkai", mm(5.2))
    p = Pages(A4, f, left=mm(28), right=mm(26), top=mm(28), foot=mm(30), lead=1.85, on_new=_frame)
    _frame(p.s)
    p.s.centred(mm(24), NOTARY_KO, font("sans", mm(4.4)), spacing=mm(1))
    p.s.centred(mm(32), ko, font("sans", mm(5)), spacing=mm(4))
    p.s.centred(mm(42), title, font("wenkai_bold", mm(12)), spacing=mm(8))
    p.s.centred(mm(62), number, font("wenkai", mm(5)))
    p.y = float(mm(76))
    return p


def _notary_sign(p: Pages, c: CaseCtx, rng: random.Random, day: date) -> None:
    p.need(p.lead * 4)
    p.y += p.lead * 0.5
    p.s.text(p.x1 - mm(80), p.y, "中华人民共和国吉林省延吉市公证处", p.f)
    p.y += p.lead
    p.s.text(p.x1 - mm(62), p.y, "公证员", p.f)
    pen(p.s, p.x1 - mm(38), p.y - mm(1.5), str(c.extra["notary"]), rng, size=mm(6.5), ink=BLACK_PEN)
    p.y += p.lead
    when = cn_date(day)
    p.s.right(p.x1, p.y, when, p.f)
    court_seal(p.s, p.x1 - text_width(when, p.f) / 2, p.y - mm(6), rng, name=NOTARY, ko="공증처")


def _notary_folio(sheets: list[Sheet]) -> list[Sheet]:
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        if n > 1:
            s.centred(s.height - mm(22), f"— {i} —", font("wenkai", mm(4.2)))
            s.page_of = (i, n)
    return sheets


def _notarial_deed(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    loan = c.extra["loan_day"]
    p = _notary_pages(c, "公证书", "공 증 서", c.basis_number)
    for line in [f"申请人（贷款人）：{_who(a)}", f"申请人（借款人）：{_who(r)}"]:
        p.para(line, hang=line.split("：")[0] + "：")
    p.para("公证事项：赋予债权文书强制执行效力（借款合同）", first=0)
    p.para(f"兹证明出借人{a.name}与借款人{r.name}于{cn_date(loan)}来到我处，在本公证员面前签订了前面的《借款合同》。"
           f"合同约定：{r.name}为经营“{c.extra['shop']}”向{a.name}借款{money(c.extra['principal'])}，借款期限十二个月，"
           "年利率百分之七点二，按季付息，到期还本。")
    p.para("双方当事人在合同中明确约定：借款人不履行或者不适当履行合同义务时，出借人可以向公证处申请出具执行证书，"
           "并依据本公证书及执行证书向有管辖权的人民法院申请强制执行，借款人愿意接受强制执行。")
    p.para("经查，双方当事人具有签订上述合同的民事权利能力和民事行为能力，签订合同的意思表示真实，合同内容符合《中华人民共和国"
           "民法典》的规定，合同上双方当事人的签名、捺印均属实。借款已于合同签订当日通过银行转账交付。")
    p.para("依据《中华人民共和国公证法》第三十七条的规定，本公证书具有强制执行效力。")
    _notary_sign(p, c, rng, loan)
    return _notary_folio(p.sheets)


def _execution_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """执行证书: issued by the notary office when the borrower defaulted — the effectiveness document of a notarised
    debt instrument."""
    a, r = c.applicant, c.respondent
    day = c.basis_effective
    p = _notary_pages(c, "执行证书", "집 행 증 서", str(c.extra["cert_no"]))
    p.para(f"申请执行人：{_who(a)}", hang="申请执行人：")
    p.para(f"被执行人：{_who(r)}", hang="被执行人：")
    p.para(f"执行依据：本处{c.basis_number}具有强制执行效力的债权文书公证书。", hang="执行依据：")
    p.para(f"申请执行人{a.name}于{cn_date(day - timedelta(days=12))}向本处申请出具执行证书，称被执行人{r.name}借款到期后"
           "未归还本金，亦未支付最后两个季度的利息。本处依照《最高人民法院、司法部关于公证机关赋予强制执行效力的债权文书"
           "执行有关问题的联合通知》的规定，以电话和挂号信方式向被执行人核实，被执行人对欠款事实无异议，表示暂时无力偿还。")
    p.para("经审查，上述债权文书具有给付内容，债权债务关系明确，被执行人未履行义务属实。现出具执行证书如下：")
    p.para(f"一、被执行人{r.name}应向申请执行人{a.name}支付借款本金{money(c.extra['principal'])}；")
    p.para(f"二、被执行人应支付截至{cn_date(day)}的利息{money(c.extra['interest'])}；")
    p.para(f"以上合计{money(c.amount)}。")
    p.para("三、申请执行人可持本执行证书和前述公证书向被执行人住所地或者被执行的财产所在地人民法院申请执行。")
    _notary_sign(p, c, rng, day)
    return _notary_folio(p.sheets)


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """延边中院's appeal judgment (ginseng) or this court's civil division's maintenance judgment (elder)."""
    a, r = c.applicant, c.respondent
    mid = c.extra["tale"] == "ginseng"
    issuer, issuer_ko = (MID, MID_KO) if mid else (COURT, COURT_KO)
    f = font("serif", mm(5.3))
    p = Pages(A4, f, left=mm(28), right=mm(26), top=mm(26), foot=mm(28), lead=1.75)
    s = p.s
    s.centred(mm(20), issuer_ko, font("sans", mm(4.4)), spacing=mm(0.8))
    s.centred(mm(28), issuer, font("serif", mm(6.4)), spacing=mm(0.5))
    s.centred(mm(42), "민 사 판 결 서", font("sans", mm(4.6)))
    s.centred(mm(50), "民事判决书", font("serif_bold", mm(10)), spacing=mm(5))
    s.right(p.x1, mm(68), c.basis_number, f)
    p.y = float(mm(80))
    heard = c.basis_effective - timedelta(days=rng.randint(30, 50))
    if mid:
        first = str(c.extra["first_no"])
        for line in [f"上诉人（原审被告）：{_who(r)}", f"被上诉人（原审原告）：{_who(a)}",
                     f"委托诉讼代理人：{c.agent}，{c.firm}律师。"]:
            p.para(line, hang=line.split("：")[0] + "：")
        p.para(f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服吉林省延吉市人民法院{first}民事判决，向本院提起上诉。"
               "本院依法组成合议庭，进行了审理。本案现已审理终结。")
        p.para(f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：被上诉人交付的六年生园参中有部分"
               "水分超标，上诉人已减价转售，不应按合同价付款。")
        p.para(f"{a.name}辩称：货物经上诉人当场验收，上诉人在收货单上签字确认，一审判决认定事实清楚，请求驳回上诉。")
        p.para(f"本院经审理查明：2022年9月至10月，被上诉人分三次向上诉人交付鲜人参（园参）{c.extra['kg']}千克，"
               f"双方对账确认货款{c.amount:,.2f}元，上诉人至今未付。一审查明的其他事实属实，本院予以确认。")
        p.para("本院认为，上诉人主张货物质量不合格，但其在约定的检验期间内未提出异议，且未提交证据证明，依照《中华人民共和国"
               "民法典》第六百二十条、第六百二十一条的规定，视为标的物质量符合约定。一审判决认定事实清楚，适用法律正确，"
               "应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项的规定，判决如下：")
        p.para("驳回上诉，维持原判。")
        p.para(f"二审案件受理费{c.extra['appeal_fee']}元，由上诉人{r.name}负担。")
        p.para("本判决为终审判决。")
        signers = [("审判长", str(c.extra.get("mid_judge", "崔明浩"))), ("审判员", "金贞子"), ("审判员", "朴东植")]
    else:
        p.para(f"原告：{_who(a)}", hang="原告：")
        p.para(f"被告：{_who(r)}", hang="被告：")
        p.para(f"原告{a.name}与被告{r.name}赡养费纠纷一案，本院于{cn_date(heard - timedelta(days=30))}立案后，依法适用简易"
               f"程序，于{cn_date(heard)}公开开庭进行了审理，原告{a.name}（朝鲜语翻译人员在场）、被告{r.name}到庭参加诉讼。"
               "本案现已审理终结。")
        p.para(f"{a.name}向本院提出诉讼请求：1.判令被告自2022年起每月给付赡养费{c.extra['monthly']}元；2.判令被告给付拖欠的"
               f"赡养费及垫付的医疗费共计{c.amount:,.2f}元。事实和理由：原告年过七旬，丈夫早年去世，靠低保生活，患有高血压、"
               "糖尿病，被告系原告之子，有固定工作，却长期不给付赡养费。")
        p.para(f"{r.name}辩称：自己收入不高，还要供孩子上学，愿意每月给付三百元。")
        p.para(f"本院认为，赡养父母是子女的法定义务。被告在{r.address.split('市')[1][:4]}一带有稳定工作，具有赡养能力，"
               "应当履行赡养义务。依照《中华人民共和国民法典》第二十六条、第一千零六十七条，《中华人民共和国老年人权益保障法》"
               "第十四条、第十五条的规定，判决如下：")
        p.para(f"一、被告{r.name}自本判决生效之日起，每月二十日前给付原告{a.name}赡养费{c.extra['monthly']}元；")
        p.para(f"二、被告{r.name}于本判决生效之日起十日内给付原告{a.name}拖欠的赡养费及医疗费共计{c.amount:,.2f}元。")
        p.para("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延"
               "履行期间的债务利息。案件受理费减半收取十元，由被告负担。")
        p.para("如不服本判决，可在判决书送达之日起十五日内向本院递交上诉状，上诉于吉林省延边朝鲜族自治州中级人民法院。")
        signers = [("审判员", c.judge)]
    p.need(p.lead * (len(signers) + 4))
    p.y += p.lead * 0.5
    for role, name in signers:
        p.s.text(p.x1 - mm(62), p.y, role, f, spacing=mm(3) if len(role) == 3 else 0)
        p.s.text(p.x1 - mm(30), p.y, name, f)
        p.y += p.lead
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(12, 20)))
    p.s.right(p.x1, p.y, when, f)
    court_seal(p.s, p.x1 - text_width(when, f) / 2, p.y, rng, name=issuer, ko=issuer_ko)
    p.y += p.lead
    p.s.text(p.x1 - mm(62), p.y, "书记员", f, spacing=mm(3))
    p.s.text(p.x1 - mm(30), p.y, "韩美玉" if mid else c.clerk, f)
    p.y += p.lead * 1.3
    # the 核对无异 stamp, black on the copies the division hands out
    sy = min(p.y, p.s.height - mm(40))
    p.s.box(p.left, sy, p.left + mm(62), sy + mm(10), width=3)
    p.s.text(p.left + mm(3), sy + mm(2), "本件与原本核对无异", font("hei", mm(5)))
    for i, sh in enumerate(p.sheets, 1):
        if len(p.sheets) > 1:
            sh.centred(sh.height - mm(18), f"- {i} -", font("serif", mm(4)))
            sh.page_of = (i, len(p.sheets))
    return p.sheets


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """生效证明书 of this court's civil division for the first-instance judgment upheld on appeal (16开)."""
    s = Sheet(size=(mm(184), mm(260)))
    y = heading(s, "生效证明书", y=mm(18), red_head=False, x0=mm(18), x1=s.width - mm(18))
    f = font("serif", mm(5))
    s.right(s.width - mm(20), y, str(c.extra["first_no"]).replace("号", "号之一"), f)
    y += mm(14)
    text = (f"本院受理的{c.applicant.name}诉{c.respondent.name}买卖合同纠纷一案，本院于2023年作出{c.extra['first_no']}民事判决。"
            f"{c.respondent.name}不服，提起上诉，{MID}于{cn_date(c.basis_effective - timedelta(days=15))}作出{c.basis_number}"
            f"民事判决，驳回上诉，维持原判。该二审判决已于{cn_date(c.basis_effective)}送达双方当事人，一审判决自该日起发生法律效力。")
    for k, part in enumerate(wrap(text, f, s.width - mm(40), indent=f.size * 2)):
        s.text(mm(20) + (f.size * 2 if k == 0 else 0), y, part, f)
        y += f.size * 1.9
    y += f.size
    s.text(mm(20) + f.size * 2, y, "特此证明。", f)
    y += mm(26)
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(3, 9)))
    s.right(s.width - mm(24), y, when, f)
    court_seal(s, s.width - mm(24) - text_width(when, f) / 2, y, rng, radius=mm(19))
    s.text(mm(20), s.height - mm(30), "（民事审判第二庭制）", font("serif", mm(3.6)))
    return [s]


def _lawyer_application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    f = font("microhei", mm(4.9))
    p = Pages(A4, f, left=mm(25), right=mm(25), top=mm(24), foot=mm(26), lead=1.85)
    tf = font("wenkai_bold", mm(8.5))
    w = p.s.centred(mm(26), "强制执行申请书", tf, spacing=mm(2))
    x0 = (p.s.width - w) / 2 - mm(5)
    p.s.box(x0, mm(22), x0 + w + mm(10), mm(40), width=3)
    p.y = float(mm(52))
    noodle = c.extra["tale"] == "noodle"
    p.para(f"申请人：{_who(a)}", hang="申请人：")
    p.para(f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。", hang="委托代理人：")
    p.para(f"被申请人：{_who(r)}", hang="被申请人：")
    p.para("请求事项：", first=0)
    what = (f"依据{c.basis_court}{c.basis_number}公证书及{c.extra['cert_no']}执行证书" if noodle
            else f"依据{MID}{c.basis_number}民事判决书及{COURT}{c.extra['first_no']}民事判决书")
    p.para(f"一、请求强制执行{what}，责令被申请人支付{money(c.amount)}；")
    p.para("二、请求依法对被申请人采取限制高消费措施，并将其纳入失信被执行人名单；")
    p.para("三、加倍支付迟延履行期间的债务利息，执行费用由被申请人负担。")
    p.para("事实与理由：", first=0)
    if noodle:
        p.para(f"申请人与被申请人于{cn_date(c.extra['loan_day'])}在{NOTARY}签订借款合同并办理赋予强制执行效力的公证，"
               f"被申请人为经营“{c.extra['shop']}”借款{money(c.extra['principal'])}。借款到期后，被申请人未还本付息。"
               f"申请人申请公证处出具了执行证书，现依法向贵院申请强制执行。")
    else:
        p.para(f"申请人与被申请人买卖合同纠纷一案，经贵院一审、{MID}二审，判决被申请人支付人参货款{c.amount:,.2f}元。"
               "判决生效后，被申请人至今分文未付，申请人依法申请强制执行。")
    p.para("此致", first=2)
    p.para(COURT, first=0)
    p.need(p.lead * 3)
    p.y += p.lead * 0.5
    signer = a.name
    p.s.text(p.x1 - mm(90), p.y, "申请人：", f)
    pen(p.s, p.x1 - mm(68), p.y - mm(2), signer if a.kind == "person" else a.legal_rep, rng, size=mm(7), ink=BLACK_PEN)
    if a.kind == "organisation":
        seal(p.s, p.x1 - mm(45), p.y + mm(4), a.name, rng, radius=mm(19))
    p.y += p.lead * 1.3
    p.s.right(p.x1, p.y, num_date(c.filed_on - timedelta(days=rng.randint(1, 3))), f)
    p.y += p.lead
    for i, sh in enumerate(p.sheets, 1):
        if len(p.sheets) > 1:
            sh.right(sh.width - mm(25), sh.height - mm(16), f"{i}/{len(p.sheets)}", font("microhei", mm(3.8)))
            sh.page_of = (i, len(p.sheets))
    return p.sheets


def _korean_application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The old mother's 집행신청서, typed in 조선어 by a neighbour, then the translation company's certified Chinese text
    (a document of its own, the same kind)."""
    from dossier.corpus.families.court_id import hangul

    a, r = c.applicant, c.respondent
    ab, rb = a.born or date(1944, 1, 1), r.born or date(1972, 1, 1)
    ko = Sheet(size=A4)
    kf = font("sans", mm(5))
    ko.centred(mm(26), "집 행 신 청 서", font("sans_bold", mm(9)), spacing=mm(2))
    y = float(mm(50))
    paras = [
        f"신청인: {hangul(a.name)}, 녀, {ab.year}년 {ab.month}월 {ab.day}일생, 조선족, 연길시 거주, 공민신분번호 {a.id_number}, "
        f"전화 {a.phone}",
        f"피신청인: {hangul(r.name)}, 남, {rb.year}년 {rb.month}월 {rb.day}일생, 조선족, 신청인의 아들, "
        f"공민신분번호 {r.id_number}",
        "신청사항:",
        f"1. 연길시인민법원 {c.basis_number} 민사판결서에 따라 피신청인이 지급하여야 할 부양비와 의료비 합계 "
        f"{c.amount:,.2f}원을 강제집행하여 주십시오.",
        f"2. 피신청인의 직장({c.extra['employer']})에서 매달 로임을 공제하여 저에게 주도록 하여 주십시오.",
        "3. 피신청인이 계속 리행하지 않으면 소비제한과 신용불량자명단에 올려 주십시오.",
        "사실과 리유:",
        "판결이 효력을 발생한 후에도 아들은 한푼도 주지 않았습니다. 저는 나이가 많고 병이 있어 약값을 낼 돈도 없습니다. "
        "법원에서 판결대로 집행하여 주실것을 신청합니다.",
        "연길시인민법원 귀중",
    ]
    for t in paras:
        ind = 0.0 if t.endswith(":") or t.startswith(("신청인", "피신청인", "연길시")) else kf.size * 1.2
        for k, part in enumerate(wrap(t, kf, ko.width - mm(50), indent=ind)):
            ko.text(mm(25) + (ind if k == 0 else 0), y, part, kf)
            y += kf.size * 1.9
        y += mm(2)
    y += mm(6)
    ko.text(ko.width - mm(105), y, "신청인:", kf)
    pen(ko, ko.width - mm(80), y - mm(2), hangul(a.name), rng, size=mm(7), ink=BLACK_PEN)
    thumbprint(ko, ko.width - mm(50), y - mm(6), rng)
    y += mm(14)
    day = c.filed_on - timedelta(days=rng.randint(2, 5))
    ko.right(ko.width - mm(25), y, f"{day.year}년 {day.month}월 {day.day}일", kf)
    zh = Sheet(size=A4)
    zh.starts_document = True
    f = font("serif", mm(5))
    zh.centred(mm(24), "执行申请书", font("serif_bold", mm(8.5)), spacing=mm(3))
    zh.centred(mm(38), "（译文　原件为朝鲜文）", font("serif", mm(4.2)))
    y = float(mm(52))
    zparas = [
        f"申请人：{a.name}，女，{num_date(ab)}出生，朝鲜族，住延吉市，公民身份号码{a.id_number}，电话{a.phone}。",
        f"被申请人：{r.name}，男，{num_date(rb)}出生，朝鲜族，系申请人之子，公民身份号码{r.id_number}。",
        "申请事项：",
        f"一、请求依据延吉市人民法院{c.basis_number}民事判决书，强制执行被申请人应给付的赡养费及医疗费共计{money(c.amount)}；",
        f"二、请求从被申请人工作单位（{c.extra['employer']}）每月扣发其工资给付申请人；",
        "三、被申请人仍不履行的，请求对其限制消费并纳入失信被执行人名单。",
        "事实与理由：",
        "判决生效后，儿子分文未付。我年事已高，身患疾病，无钱买药。请求法院依判决强制执行。",
        "此致　延吉市人民法院",
    ]
    for t in zparas:
        ind = 0.0 if t.endswith("：") or t.startswith(("申请人", "被申请人", "此致")) else f.size * 2
        for k, part in enumerate(wrap(t, f, zh.width - mm(50), indent=ind)):
            zh.text(mm(25) + (ind if k == 0 else 0), y, part, f)
            y += f.size * 1.85
    y += mm(4)
    zh.text(zh.width - mm(100), y, f"申请人：{a.name}（原件签名、按印）", f)
    y += mm(9)
    zh.right(zh.width - mm(25), y, num_date(day), f)
    y += mm(16)
    zh.line(mm(25), y, zh.width - mm(25), y, width=2)
    y += mm(5)
    sf = font("serif", mm(4.3))
    for t in ["译者声明：本译文系根据朝鲜文原件翻译，译文与原件内容一致。",
              f"翻译单位：{TRANSLATOR}　　译者：{c.extra.get('translator', '玄银淑')}（翻译资格证书号 NAETI-{a.id_number[-6:]}）"]:
        for part in wrap(t, sf, zh.width - mm(50)):
            zh.text(mm(25), y, part, sf)
            y += sf.size * 1.8
    zh.right(zh.width - mm(25), y + mm(4), num_date(day), sf)
    seal(zh, zh.width - mm(60), y + mm(2), TRANSLATOR, rng, radius=mm(17), inner="翻译专用章")
    return [ko, zh]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's pre-printed 授权委托书, filled in by hand."""
    a = c.applicant
    s = Sheet(size=A4)
    s.centred(mm(22), c.firm, font("microhei", mm(4.8)))
    s.centred(mm(32), "授 权 委 托 书", font("wenkai_bold", mm(9)), spacing=mm(2))
    f = font("microhei", mm(4.6))
    rows = [("委托人", a.name), ("法定代表人" if a.kind == "organisation" else "身份证号",
                                  a.legal_rep if a.kind == "organisation" else a.id_number),
            ("受托人", f"{c.agent}，{c.firm}律师"), ("联系电话", c.agent_phone), ("委托事项", f"{c.respondent.name}执行一案"),
            ("代理权限", "特别授权：代为申请执行、提供财产线索、参加约谈、代为和解、代为签收法律文书、代为领取执行款")]
    y = float(mm(52))
    for label, value in rows:
        s.text(mm(25), y, f"{label}：", f)
        s.line(mm(25) + f.getlength(label + "："), y + f.size * 1.15, s.width - mm(25), y + f.size * 1.15, width=1)
        yy = pen(s, mm(30) + f.getlength(label + "："), y - mm(2), value, rng, size=mm(5.8), per_line=22, lead=mm(9))
        y = max(y + mm(14), yy + mm(4))
    y += mm(10)
    s.text(s.width - mm(110), y, "委托人（签章）：", f)
    pen(s, s.width - mm(70), y - mm(2), a.legal_rep or a.name, rng, size=mm(7), ink=BLACK_PEN)
    if a.kind == "organisation":
        seal(s, s.width - mm(55), y + mm(5), a.name, rng, radius=mm(19))
    else:
        thumbprint(s, s.width - mm(45), y - mm(4), rng)
    pen(s, s.width - mm(75), y + mm(16), num_date(c.filed_on - timedelta(days=4)), rng, size=mm(5.5))
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's 所函, A5, under a red bilingual letterhead."""
    s = Sheet(size=A5)
    s.centred(mm(12), c.firm, font("serif_bold", mm(6.2)), fill=RED)
    s.centred(mm(21), str(c.extra["firm_ko"]), font("sans", mm(3.8)), fill=RED)
    s.line(mm(10), mm(28), s.width - mm(10), mm(28), width=4, fill=RED)
    s.centred(mm(34), "律师事务所函", font("hei", mm(6.5)), spacing=mm(1.5))
    f = font("serif", mm(4))
    s.right(s.width - mm(12), mm(46), f"（{c.filed_on.year}）吉布律执字第{rng.randint(10, 99)}号", f)
    y = float(mm(56))
    s.text(mm(12), y, f"{COURT}：", f)
    y += mm(8)
    text = (f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}执行一案的委托代理人。"
            "特此函告，请予接洽。")
    for k, part in enumerate(wrap(text, f, s.width - mm(24), indent=f.size * 2)):
        s.text(mm(12) + (f.size * 2 if k == 0 else 0), y, part, f)
        y += f.size * 1.8
    y += mm(4)
    s.text(mm(12), y, f"律师：{c.agent}　执业证号：{c.extra['licence']}", font("serif", mm(3.6)))
    y += mm(7)
    s.text(mm(12), y, f"地址：{c.extra['firm_addr']}", font("serif", mm(3.6)))
    y += mm(14)
    when = cn_date(c.filed_on - timedelta(days=3))
    s.right(s.width - mm(12), y, when, f)
    seal(s, s.width - mm(12) - text_width(when, f) / 2, y, c.firm, rng, radius=mm(16))
    return [s]


def _licence_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(size=A4)
    x, y, w, h = mm(40), mm(40), mm(130), mm(88)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), outline=(70, 70, 70), width=3, fill=(236, 233, 228))
    s.centred(y + mm(6), "中华人民共和国律师执业证", font("serif_bold", mm(6)), x0=x, x1=x + w)
    f = font("serif", mm(4.2))
    ty = y + mm(20)
    for k, v in [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", str(c.extra["licence"])), ("持证人", c.agent),
                 ("发证机关", "吉林省司法厅"), ("发证日期", "2019年04月16日")]:
        s.text(x + mm(8), ty, f"{k}：{v}", f)
        ty += mm(10)
    s.draw.rectangle((x + w - mm(34), y + mm(20), x + w - mm(8), y + mm(54)), fill=(170, 170, 170))
    s.text(x, y + h + mm(14), "律师执业证复印件　与原件一致", font("serif", mm(4.6)))
    pen(s, x + mm(80), y + h + mm(12), c.agent, rng, size=mm(6.5), ink=BLACK_PEN)
    return [s]


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    """A 延边 resident ID card copy, both faces: every label in Hangul and Chinese."""
    from dossier.corpus.families.court_id import hangul

    s = Sheet(size=A4)
    grey = (95, 95, 95)
    w, h = mm(86) * 1.3, mm(54) * 1.3
    x = (s.width - w) / 2 + rng.uniform(-mm(6), mm(6))
    y1 = mm(34)
    s.draw.rounded_rectangle((x, y1, x + w, y1 + h), radius=mm(4), outline=grey, width=3, fill=(232, 232, 232))
    lf = font("sans", mm(3.1))
    vf = font("hei", mm(4.4))
    born = p.born or date(1970, 1, 1)
    rows = [("성명 姓名", f"{p.name}  {hangul(p.name)}"), ("성별 性别", f"{p.sex}     민족 民族  조선 朝鲜"),
            ("출생 出生", f"{born.year}年{born.month}月{born.day}日"), ("주소 住址", p.address)]
    ty = y1 + mm(6)
    for k, v in rows:
        s.text(x + mm(5), ty, k, lf, fill=grey)
        parts = [v[:13], v[13:26], v[26:]] if k.startswith("주소") else [v]
        for part in [q for q in parts if q]:
            s.text(x + mm(24), ty, part, vf)
            ty += mm(6)
        ty += mm(3)
    s.text(x + mm(5), y1 + h - mm(10), "공민신분번호 公民身份号码", lf, fill=grey)
    s.text(x + mm(40), y1 + h - mm(11), p.id_number, font("mono", mm(4.8)))
    s.draw.rectangle((x + w - mm(32), y1 + mm(7), x + w - mm(6), y1 + mm(42)), fill=(172, 172, 172))
    y2 = y1 + h + mm(22)
    s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(4), outline=grey, width=3, fill=(232, 232, 232))
    s.centred(y2 + mm(8), "중화인민공화국", font("sans", mm(4.5)), x0=x + mm(24), x1=x + w)
    s.centred(y2 + mm(15), "中华人民共和国", font("hei", mm(5.5)), x0=x + mm(24), x1=x + w)
    s.centred(y2 + mm(25), "주민신분증　居民身份证", font("hei", mm(6)), x0=x + mm(24), x1=x + w)
    s.draw.ellipse((x + mm(5), y2 + mm(5), x + mm(23), y2 + mm(23)), outline=(170, 60, 60), width=3)
    s.text(x + mm(5), y2 + h - mm(17), "발급기관 签发机关  延吉市公安局", font("hei", mm(3.8)))
    start = 2015 + rng.randint(0, 6)
    s.text(x + mm(5), y2 + h - mm(10), f"유효기간 有效期限  {start}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期"
           if born.year < 1958 else f"유효기간 有效期限  {start}.03.12-{start + 20}.03.12", font("hei", mm(3.8)))
    pen(s, x, y2 + h + mm(16), "与原件一致", rng, size=mm(6), ink=BLACK_PEN)
    pen(s, x + mm(50), y2 + h + mm(16), p.name, rng, size=mm(6.5), ink=BLACK_PEN)
    return [s]


def _co_op_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(size=A4)
    frame = (176, 58, 48)
    s.box(mm(16), mm(18), s.width - mm(16), s.height - mm(50), width=9, outline=frame)
    s.centred(mm(34), "营 业 执 照", font("serif_bold", mm(13)), spacing=mm(2))
    s.centred(mm(54), "（副　　本）", font("serif", mm(5.5)))
    f = font("serif", mm(4.8))
    y = float(mm(76))
    s.text(mm(30), y, f"统一社会信用代码　{p.id_number}", f)
    y += mm(14)
    for k, v in [("名　　称", p.name), ("类　　型", "农民专业合作社"), ("法定代表人", p.legal_rep), ("成员出资总额", "叁佰万元整"),
                 ("成立日期", "2016年05月19日"), ("住　　所", p.address),
                 ("业务范围", "组织成员种植、收购、销售人参及其他中药材；提供技术培训、信息服务。")]:
        s.text(mm(30), y, k, f)
        for j, part in enumerate(wrap(v, f, s.width - mm(110))):
            s.text(mm(72), y + j * mm(8), part, f)
        y += mm(8) * max(1, len(wrap(v, f, s.width - mm(110)))) + mm(5)
    s.right(s.width - mm(34), s.height - mm(92), "登记机关", f)
    s.right(s.width - mm(34), s.height - mm(80), "2023年03月02日", f)
    seal(s, s.width - mm(60), s.height - mm(88), "延吉市市场监督管理局", rng, radius=mm(20))
    pen(s, mm(30), s.height - mm(40), "复印件与原件一致", rng, size=mm(6), ink=BLACK_PEN)
    seal(s, mm(100), s.height - mm(36), p.name, rng, radius=mm(17))
    return [s]


def _fee_bill(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The A5 吉林省非税收入 bill, printed in teal, amounts in black dot-matrix."""
    s = Sheet(size=A5)
    s.centred(mm(9), "吉林省政府非税收入统一票据", font("serif_bold", mm(5.2)), fill=TEAL)
    s.centred(mm(17), "（法院诉讼费）", font("serif", mm(3.6)), fill=TEAL)
    small = font("hei", mm(3.3))
    mono = font("mono", mm(3.6))
    s.text(mm(8), mm(26), f"票据代码：2201{rng.randint(1000, 9999)}", small, fill=TEAL)
    s.right(s.width - mm(8), mm(26), f"No {rng.randint(10**7, 10**8 - 1):08d}", mono)
    fee = c.extra["fee"]
    rows = [["缴款人", c.applicant.name], ["案　号", c.number], ["项　目", "申请执行费"], ["金　额", f"{fee:.2f}"],
            ["大　写", money_caps(Decimal(fee))], ["收款单位", COURT], ["开票日期", c.filed_on.strftime("%Y-%m-%d")]]
    boxes = rgrid(s, mm(8), mm(33), [mm(28), s.width - mm(44)], [[k, ""] for k, _ in rows], small, heights=mm(11), ink=TEAL,
                  lw=2)
    for (_k, v), row in zip(rows, boxes, strict=True):
        s.text(row[1][0] + mm(3), row[1][1] + mm(3), v, mono if len(v) < 22 else font("mono", mm(2.8)))
    s.text(mm(8), mm(116), f"收款人：{c.extra['window']}　复核：{c.clerk}", small, fill=TEAL)
    seal(s, s.width - mm(36), mm(112), COURT, rng, radius=mm(14), inner="财务专用章")
    return [s]


FORMS = {
    "property_clue_form": ("被执行人财产线索表", ["被执行人", "银行账户", "不动产", "车辆", "其他财产线索", "提供人"]),
    "payment_account_confirmation": ("申请执行人收取案款确认书", ["申请执行人", "收款人姓名", "开户银行", "账　号", "联系电话",
                                                      "确认人签名"]),
    "service_address_confirmation": ("送达地址确认书", ["受送达人", "送达地址", "邮政编码", "联系电话", "电子送达", "确认人签名"]),
    "property_declaration_form": ("财产申报表", ["申报人", "工作单位及收入", "银行存款", "房产", "车辆", "其他财产", "申报人签名"]),
}
FORMS_KO = {
    "property_clue_form": ["피집행인", "은행계좌", "부동산", "차량", "기타재산단서", "제공인"],
    "payment_account_confirmation": ["신청집행인", "수령인성명", "개설은행", "계좌번호", "련락전화", "확인인서명"],
    "service_address_confirmation": ["수송달인", "송달주소", "우편번호", "련락전화", "전자송달", "확인인서명"],
    "property_declaration_form": ["신고인", "직장 및 수입", "은행예금", "주택", "차량", "기타재산", "신고인서명"],
}


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bureau's bilingual window forms (black rules), filled by hand."""
    from dossier.corpus.families.court_id_kit import ko_title

    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    title, labels = FORMS[code]
    s = Sheet(size=A4)
    s.centred(mm(16), COURT_KO + "　" + COURT, font("sans", mm(4)))
    s.centred(mm(24), ko_title(title), font("sans", mm(4.6)), spacing=mm(1))
    s.centred(mm(32), title, font("serif_bold", mm(7.6)), spacing=mm(1.5))
    s.right(s.width - mm(18), mm(46), f"案号：{c.number}", font("serif", mm(4)))
    filler = a.legal_rep if a.kind == "organisation" else (c.agent or a.name)
    if code == "property_clue_form":
        if t == "noodle":
            clue = (f"{c.extra['r_bank']} {c.extra['r_acct']}", f"经营{c.extra['shop']}（租赁）", "不详", "店内设备、冷面机")
        elif t == "ginseng":
            clue = ("不详", "不详", "不详", f"{c.extra['stall']}人参存货")
        else:
            clue = ("不详", "无", "无", f"工资收入：{c.extra['employer']}")
        values = [r.name, *clue, f"{filler} {num_date(d)}"]
    elif code == "payment_account_confirmation":
        values = [a.name, a.legal_rep + "（合作社账户）" if a.kind == "organisation" else a.name, str(c.extra["in_bank"]),
                  str(c.extra["in_acct"]), a.phone, f"{filler} {num_date(d)}"]
    elif code == "service_address_confirmation":
        values = [a.name, a.address, "133000", a.phone, "同意短信送达" if t != "elder" else "不同意（不会用手机）",
                  f"{filler} {num_date(d)}"]
    else:
        work = (f"{c.extra['employer']}，月工资约4,800元" if t == "elder" else f"经营{c.extra.get('shop', '')}，月收入不固定"
                if t == "noodle" else "无固定工作，打零工")
        values = [r.name, work, "农商行账户少量", "无（租房）", "无", "无", f"{r.name} {num_date(d)}"]
    rows = [[label, ""] for label in labels]
    boxes = rgrid(s, mm(18), mm(54), [mm(46), s.width - mm(82)], rows, font("hei", mm(4.4)), heights=mm(26), ink=INK,
                  lw=2, ko=FORMS_KO[code])
    for v, row in zip(values, boxes, strict=True):
        pen(s, row[1][0] + mm(4), row[1][1] + mm(5), v, rng, size=mm(5.6), per_line=21, lead=mm(8))
    if t == "elder" and code != "property_declaration_form":
        thumbprint(s, boxes[-1][1][2] - mm(30), boxes[-1][1][1] + mm(4), rng)
    note = {"property_declaration_form": "申报人应如实申报，虚假申报的，法院可依法予以罚款、拘留。허위신고시 벌금, 구류에 처할수 있다.",
            "service_address_confirmation": "本人确认以上地址为法律文书送达地址，地址变更应及时告知法院。",
            }.get(code, "以上内容由申请执行人（或代理人）填写并签名确认。")
    s.text(mm(18), boxes[-1][0][3] + mm(5), note, font("sans", mm(3.4)))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 查控 system's feedback, printed on landscape A4 in a monospaced face."""
    s = Sheet(size=A4L)
    mono = font("mono", mm(3.6))
    s.centred(mm(12), "全国法院网络执行查控系统　财产查询反馈结果", font("sans_bold", mm(6)))
    s.text(mm(14), mm(24), f"案号：{c.number}　　被查询人：{c.respondent.name}　　证件号码：{c.respondent.id_number}", mono)
    s.text(mm(14), mm(31), f"承办法院：{COURT}　　承办人：{c.officer}　　发起日期：{d:%Y-%m-%d}", mono)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国建设银行", "存款"), ("中国银行", "存款"), ("邮储银行", "存款"),
             ("延边农村商业银行", "存款"), ("吉林银行", "存款"), ("自然资源部", "不动产"), ("公安部交通管理局", "车辆"),
             ("中国证券登记结算公司", "证券"), ("支付宝（中国）", "网络资金"), ("财付通", "网络资金"), ("人力资源社会保障部", "社保缴纳")]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "账号/明细", "反馈时间"]]
    t = str(c.extra["tale"])
    for i, (unit, kind) in enumerate(units, 1):
        res, det = "无", "未查询到相关信息"
        if t == "noodle" and unit == "延边农村商业银行":
            res, det = "有", f"{c.extra['r_acct']} 余额{rng.randint(3000, 9000)}.{rng.randint(10, 99)}元"
        elif t == "ginseng" and unit in ("中国农业银行", "财付通"):
            res, det = "有", f"余额{rng.randint(0, 90)}.{rng.randint(10, 99)}元"
        elif t == "elder" and unit == "人力资源社会保障部":
            res, det = "有", f"缴费单位：{c.extra['employer']}"
        rows.append([str(i), unit, kind, res, det, f"{d + timedelta(days=rng.randint(1, 4)):%Y-%m-%d %H:%M}".replace("00:00", "09:" + str(rng.randint(10, 59)))])
    rgrid(s, mm(12), mm(38), [mm(14), mm(58), mm(26), mm(20), mm(112)], rows, mono, heights=mm(9.2), ink=INK, lw=2,
          label_cols=(0, 3))
    s.text(mm(14), s.height - mm(14), f"打印人：{c.clerk}　　打印时间：{d + timedelta(days=5):%Y-%m-%d}　　第1页 共1页",
           font("mono", mm(3.2)))
    s.page_of = (1, 1)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 冷面 house owner's settlement: the Korean text and the Chinese text, each signed (equally valid)."""
    from dossier.corpus.families.court_id import hangul

    a, r = c.applicant, c.respondent
    due = d + timedelta(days=16)
    ko = Sheet(size=A4)
    kf = font("sans", mm(4.8))
    ko.centred(mm(24), "집행화해협의서", font("sans_bold", mm(8.5)), spacing=mm(2))
    y = float(mm(44))
    kt = [f"갑방(신청집행인): {hangul(a.name)}, 공민신분번호 {a.id_number}",
          f"을방(피집행인): {hangul(r.name)}, 공민신분번호 {r.id_number}, {c.extra['shop_ko']} 경영자",
          f"갑, 을 쌍방은 연길시인민법원 {c.number} 집행사건의 집행과정에서 자원적으로 다음과 같이 화해를 달성하였다.",
          f"1. 을방은 {due.year}년 {due.month}월 {due.day}일전에 차용금 원금과 리자 합계 {c.amount:,.2f}원을 "
          "연길시인민법원 집행금계좌에 일시불로 납부한다.",
          "2. 을방이 약정대로 납부하면 갑방은 지연리행리자의 청구를 포기한다.",
          "3. 을방이 기한내에 납부하지 않으면 갑방은 원 공증채권문서와 집행증서에 따라 집행회복을 신청할수 있다.",
          "4. 본 협의서는 조선문과 한문으로 각 3부 작성하며 같은 효력을 가진다."]
    for text in kt:
        for k, part in enumerate(wrap(text, kf, ko.width - mm(50))):
            ko.text(mm(25) + (0 if k == 0 else kf.size), y, part, kf)
            y += kf.size * 1.9
        y += mm(2)
    zh = Sheet(size=A4)
    zh.starts_document = True
    f = font("serif", mm(5))
    zh.centred(mm(24), "执行和解协议", font("serif_bold", mm(8.5)), spacing=mm(3))
    zh.centred(mm(38), "（汉文本）", font("serif", mm(4.2)))
    zy = float(mm(50))
    zt = [f"甲方（申请执行人）：{a.name}，公民身份号码{a.id_number}。",
          f"乙方（被执行人）：{r.name}，公民身份号码{r.id_number}，{c.extra['shop']}经营者。",
          f"甲、乙双方在延吉市人民法院{c.number}执行案件执行过程中，自愿达成和解协议如下：",
          f"一、乙方于{cn_date(due)}前将借款本金及利息合计{money(c.amount)}一次性交至延吉市人民法院执行款专户；",
          "二、乙方按约履行的，甲方放弃迟延履行期间债务利息的请求；",
          "三、乙方逾期未履行的，甲方可依原公证债权文书及执行证书申请恢复执行；",
          "四、本协议以朝鲜文、汉文书写，一式三份，两种文本具有同等效力。"]
    for text in zt:
        for k, part in enumerate(wrap(text, f, zh.width - mm(50), indent=f.size * 2 if text[0] in "甲乙" and "方（" not in text[:4] else 0)):
            zh.text(mm(25) + (f.size * 2 if k == 0 and text[0] in "甲乙" and "方（" not in text[:4] else 0), zy, part, f)
            zy += f.size * 1.85
    for sh, yy, font_, names in ((ko, y + mm(10), kf, ("갑방:", "을방:")), (zh, zy + mm(10), f, ("甲方：", "乙方："))):
        sh.text(mm(30), yy, names[0], font_)
        pen(sh, mm(50), yy - mm(2), a.name, rng, size=mm(7), ink=BLACK_PEN)
        thumbprint(sh, mm(78), yy - mm(6), rng)
        sh.text(mm(110), yy, names[1], font_)
        pen(sh, mm(130), yy - mm(2), r.name, rng, size=mm(7), ink=BLACK_PEN)
        thumbprint(sh, mm(158), yy - mm(6), rng)
        sh.text(mm(30), yy + mm(14), f"见证：延吉市人民法院执行员 {c.officer}", font_)
        sh.right(sh.width - mm(25), yy + mm(28), num_date(d) if sh is zh else f"{d.year}년 {d.month}월 {d.day}일", font_)
    return [ko, zh]


def _payout(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行案款发放凭证, an A5 slip from the court's finance office; the receiver signs (and presses her thumb)."""
    s = Sheet(size=A5)
    s.centred(mm(10), COURT_KO + "  " + COURT, font("serif", mm(3.4)))
    s.centred(mm(17), "집행금발급증빙", font("sans", mm(3.6)))
    s.centred(mm(24), "执行案款发放凭证", font("serif_bold", mm(6)), spacing=mm(1.5))
    small = font("hei", mm(3.4))
    s.right(s.width - mm(8), mm(34), f"No.{d:%Y%m}{rng.randint(100, 999)}", font("mono", mm(3.4)))
    t = str(c.extra["tale"])
    if t == "elder":
        got = [(c.day(34), c.extra["first"]), (c.day(64), c.amount - c.extra["first"])]
        how = f"{c.extra['employer']}协助扣留工资"
    else:
        got = [(c.extra["pay_day"], c.amount)]
        how = "被执行人按和解协议交款"
    rows = [["案　号", c.number], ["领款人", c.applicant.name], ["身份证号", c.applicant.id_number], ["款项来源", how]]
    rows += [[f"第{i}笔", f"{day:%Y-%m-%d}  {amt:,.2f}元"] for i, (day, amt) in enumerate(got, 1)]
    rows += [["合计发放", money(c.amount)], ["收款账户", f"{c.extra['in_bank']} {c.extra['in_acct']}"], ["领款人签字", ""]]
    boxes = rgrid(s, mm(7), mm(40), [mm(25), s.width - mm(39)], rows, small, heights=mm(10.5), ink=INK, lw=2)
    sign = boxes[-1][1]
    pen(s, sign[0] + mm(6), sign[1] + mm(1.5), c.applicant.name, rng, size=mm(6), ink=BLACK_PEN)
    if t == "elder":
        thumbprint(s, sign[0] + mm(34), sign[1] - mm(3), rng)
    s.text(mm(8), boxes[-1][0][3] + mm(4), f"经办人：{c.clerk}　审核：{c.officer}　发放日期：{num_date(d)}", small)
    seal(s, s.width - mm(30), boxes[-1][0][3] - mm(4), COURT, rng, radius=mm(13), inner="执行款专用章")
    return [s]
