"""What reaches court_ay's bureau from outside, in its authors' styles: the 长春仲裁委员会's red-headed award with
its 生效证明, the 长春中院's 二审 judgment, a 公证处's 公证债权文书 and 执行证书, a 长春 law firm's application and 所函, the
window's hand-filled forms, ID and licence copies that went through several copiers, and small slips (the 非税收入
缴款书, bank 回单) glued onto the bureau's A4 粘贴单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    money,
    money_caps,
    num_date,
    person_name,
)
from dossier.corpus.draw import BLUE_INK, INK, RED, Sheet, mm, seal, signature
from dossier.corpus.families.court_ay_kit import (
    ARB,
    ARBITRATION,
    COURT,
    FIRM,
    INTERMEDIATE,
    MID,
    NOTARY,
    backing_sheet,
    fill,
    mark_copy,
    note_on_copy,
    paste,
    ruled_form,
    verified,
)
from dossier.corpus.fonts import font
from dossier.corpus.paper import Paper, stamp, typeset

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "settlement_agreement", "payment_voucher",
})
LAW = "《中华人民共和国民事诉讼法》"


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    story = c.extra["story"]
    if code == "enforcement_basis":
        sheets = {"parts": _award, "grain": _appeal, "rail": _notarial}[story](c, rng)
        mark_copy(sheets, 1)
        verified(sheets[0], rng, c.clerk)
        return sheets
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "lawyer_license":
        return _lawyer_card(c, rng)
    if code == "identity_proof":
        if "respondent" in served:
            return _licence(c.respondent, c, rng)
        return _id_card(c.applicant, c, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code == "payment_voucher":
        return _voucher(c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    return _window_form(code, c, rng)


def _parties_line(c: CaseCtx, left: str, right: str) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    return [("f", f"{left}：{a.name}，{a.sex}，{a.born:%Y年%-m月%-d日}出生，汉族，住{a.address}，公民身份号码{a.id_number}。"
             if a.born else f"{left}：{a.name}。"),
            ("f", f"{right}：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}，总经理。")]


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    arbiter = person_name(rng)
    contract = date(c.basis_effective.year - 1, rng.randint(2, 6), rng.randint(1, 28))
    blocks = [*_parties_line(c, "申请人", "被申请人"),
              ("p", f"{ARB}（以下简称本会）根据申请人{a.name}与被申请人{r.name}于{cn_date(contract)}签订的《冲压模具"
                    f"加工合同》中的仲裁条款，以及申请人向本会提交的仲裁申请书，受理了双方之间的加工合同争议案。本案适用"
                    f"《{ARB}仲裁规则》规定的简易程序，由独任仲裁员{arbiter}审理，于{cn_date(c.basis_effective - timedelta(days=40))}"
                    "开庭，双方均到庭。本案现已审理终结。"),
              ("h", "一、案情"),
              ("p", f"申请人称：申请人为被申请人配套一汽解放驾驶室项目加工左右侧围冲压模具共四套，已于约定期限内交付并经"
                    f"被申请人试模验收合格。合同价款扣除已付预付款后，被申请人尚欠{money(c.amount)}，经多次催要未付。"),
              ("p", "被申请人辩称：对模具交付、验收无异议，因主机厂回款周期延长导致资金紧张，请求分期支付。"),
              ("h", "二、仲裁庭意见"),
              ("p", "仲裁庭认为，双方签订的合同系真实意思表示，合法有效。申请人已履行交付义务，被申请人应按约支付价款。"
                    "被申请人以主机厂回款迟延为由拒付，不能成立。"),
              ("h", "三、裁决"),
              ("p", "根据《中华人民共和国民法典》第五百零九条、第七百七十条、第七百八十二条之规定，裁决如下："),
              ("p", f"（一）被申请人{r.name}于本裁决送达之日起十日内向申请人{a.name}支付模具加工款{money(c.amount)}；"),
              ("p", "（二）本案仲裁费由被申请人承担。"),
              ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
              ("gap", ""), ("sig", f"独任仲裁员　{arbiter}"), ("date", cn_date(c.basis_effective)),
              ("sig", f"书　记　员　{person_name(rng)}")]
    return typeset(Paper("裁决书", blocks, ARB, c.basis_number, ARB), ARBITRATION, rng)


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    lent = date(c.basis_effective.year - 2, rng.randint(3, 10), rng.randint(1, 28))
    judges = [person_name(rng) for _ in range(3)]
    blocks = [("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"),
              ("f", f"法定代表人：{r.legal_rep}，该公司总经理。"),
              ("f", f"被上诉人（原审原告）：{a.name}，{a.sex}，住{a.address}。"),
              ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
              ("p", f"上诉人{r.name}因与被上诉人{a.name}民间借贷纠纷一案，不服吉林省长春市朝阳区人民法院"
                    f"{c.extra['first_number']}民事判决，向本院提起上诉。本院依法组成合议庭审理了本案。本案现已审理终结。"),
              ("p", "上诉人上诉称：案涉款项系其法定代表人个人借款，用于收购玉米的资金往来，公司不应承担还款责任。"),
              ("p", f"被上诉人辩称：借款于{cn_date(lent)}直接转入上诉人公司账户，用于秋粮收购，借条加盖公司公章，"
                    "一审判决正确，请求维持。"),
              ("p", "本院经审理查明的事实与一审一致，对一审查明的事实予以确认。"),
              ("p", "本院认为，案涉借款转入上诉人账户并用于其经营，借条加盖上诉人公章，上诉人主张系法定代表人个人借款，"
                    "证据不足，本院不予支持。一审判决认定事实清楚，适用法律正确，应予维持。依照" + LAW +
                    "第一百七十七条第一款第一项规定，判决如下："),
              ("p", "驳回上诉，维持原判。"),
              ("p", f"一审判决主文：被告{r.name}于判决生效之日起十日内偿还原告{a.name}借款本金及利息合计{money(c.amount)}。"),
              ("p", "二审案件受理费由上诉人负担。"),
              ("p", "本判决为终审判决。"),
              ("gap", ""), ("sig", f"审　判　长　{judges[0]}"), ("sig", f"审　判　员　{judges[1]}"),
              ("sig", f"审　判　员　{judges[2]}"), ("date", cn_date(c.basis_effective)),
              ("sig", f"书　记　员　{person_name(rng)}")]
    return typeset(Paper("民事判决书", blocks, MID, c.basis_number, MID), INTERMEDIATE, rng)


def _notarial(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    signed = c.basis_effective - timedelta(days=rng.randint(200, 320))
    notary = person_name(rng)
    c.extra["notary"] = notary
    blocks = [("f", f"申请人：{a.name}，{a.sex}，公民身份号码{a.id_number}，住{a.address}。"),
              ("f", f"申请人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
              ("f", f"法定代表人：{r.legal_rep}。"),
              ("f", "公证事项：赋予债权文书强制执行效力"),
              ("p", f"兹证明出借人{a.name}与借款人{r.name}的法定代表人{r.legal_rep}于{cn_date(signed)}在本公证处，在本公证员"
                    f"的面前，签订了前面的《借款合同》。借款金额为{money(c.amount)}，用于采购{c.extra['trade']}原材料，"
                    "借款期限六个月。"),
              ("p", "双方当事人在合同中明确约定：借款人到期不履行或不适当履行还款义务的，出借人可以向本公证处申请出具"
                    "执行证书，借款人愿意接受人民法院的强制执行。"),
              ("p", "经查，双方当事人签订合同的行为符合《中华人民共和国民法典》第一百四十三条的规定，合同内容具有给付"
                    "货币的内容，债权债务关系明确。依据《中华人民共和国公证法》第三十七条的规定，上述《借款合同》"
                    "具有强制执行效力。"),
              ("gap", ""), ("sig", "吉林省长春市正泰公证处"), ("sig", f"公证员　{notary}"), ("date", cn_date(signed))]
    return typeset(Paper("公证书", blocks, "", c.basis_number, "吉林省长春市正泰公证处"), NOTARY, rng)


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if c.extra["story"] == "rail":
        blocks = [("f", f"申请执行人：{a.name}，公民身份号码{a.id_number}。"),
                  ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}。"),
                  ("p", f"本处于{cn_date(c.basis_effective - timedelta(days=250))}出具的{c.basis_number}公证书赋予强制执行效力"
                        f"的《借款合同》，借款期限届满后，被执行人未按约偿还借款。{cn_date(c.basis_effective)}，申请执行人"
                        "向本处申请出具执行证书。本处核实，被执行人对债务履行情况无异议但至今未还款。"),
                  ("p", f"执行标的：借款本金及约定利息合计{money(c.amount)}。"),
                  ("p", "申请执行人可持本执行证书及原公证书向有管辖权的人民法院申请强制执行。"),
                  ("gap", ""), ("sig", f"公证员　{c.extra.get('notary', person_name(rng))}"),
                  ("date", cn_date(c.basis_effective + timedelta(days=6)))]
        return typeset(Paper("执行证书", blocks, "吉林省长春市正泰公证处", c.extra["cert_number"],
                             "吉林省长春市正泰公证处"), NOTARY, rng)
    s = Sheet(paper=(253, 252, 248))
    s.centred(mm(30), ARB, font("song_gb", mm(10)), fill=RED, spacing=mm(2))
    s.line(mm(24), mm(48), s.width - mm(24), mm(48), width=5, fill=RED)
    s.centred(mm(66), "生效证明", font("hei", mm(9)), spacing=mm(6))
    f = font("song_gb", mm(5.3))
    text = (f"申请人{a.name}与被申请人{r.name}加工合同争议一案，本会于{num_date(c.basis_effective)}作出{c.basis_number}"
            "裁决书。该裁决书已于" + num_date(c.basis_effective + timedelta(days=3)) + "送达双方当事人。依照《中华人民共和国"
            "仲裁法》第五十七条的规定，该裁决书自作出之日起发生法律效力。")
    y = mm(88)
    from dossier.corpus.draw import wrap
    for k, part in enumerate(wrap(text.replace("〇", "○"), f, s.width - mm(52), indent=f.size * 2)):
        s.text(mm(26) + (f.size * 2 if k == 0 else 0), y, part, f)
        y += mm(10)
    s.text(mm(36), y + mm(6), "特此证明。", f)
    s.right(s.width - mm(32), y + mm(34), ARB, f)
    when = num_date(c.basis_effective + timedelta(days=rng.randint(20, 40)))
    s.right(s.width - mm(32), y + mm(46), when, f)
    seal(s, s.width - mm(60), y + mm(40), ARB, rng)
    s.text(mm(26), s.height - mm(40), f"（本证明须与{c.basis_number}裁决书一并使用）", font("song_gb", mm(4)))
    return [s]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    blocks = [*_parties_line(c, "申请执行人", "被执行人"),
              ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
              ("h", "申请事项："),
              ("f", f"1.请求依法强制执行被执行人向申请执行人支付{money(c.amount)}；"),
              ("f", "2.请求加倍支付迟延履行期间的债务利息；"),
              ("f", "3.请求对被执行人及其法定代表人采取限制高消费措施；"),
              ("f", "4.被执行人拒不履行的，请求将其纳入失信被执行人名单；"),
              ("f", "5.执行费用由被执行人负担。"),
              ("h", "事实与理由："),
              ("p", f"申请执行人与被执行人{'加工合同' if c.extra['story'] == 'parts' else '借款'}纠纷一案，经"
                    f"{c.basis_court}作出{c.basis_number}"
                    f"{'裁决书' if c.extra['story'] == 'parts' else '民事判决书' if c.extra['story'] == 'grain' else '公证书，并出具执行证书'}"
                    "，已发生法律效力。被执行人至今未履行义务，为维护申请执行人的合法权益，特依据" + LAW + "第二百四十七条"
                    "之规定，向贵院申请强制执行。"),
              ("f", "此致"), ("f", COURT),
              ("hsig", f"申请执行人：{a.name}"), ("sig", num_date(c.filed_on - timedelta(days=rng.randint(1, 4))))]
    sheets = typeset(Paper("强制执行申请书", blocks, "", "", ""), FIRM, rng)
    fill(sheets[-1], mm(26), sheets[-1].height - mm(36), f"附：{c.basis_number}文书复印件一份", rng, size_mm=4.4)
    return sheets


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.text(mm(24), mm(20), c.firm, font("serif_bold", mm(8.5)), fill=(20, 60, 130))
    s.text(mm(24), mm(34), "JILIN LAW FIRM · " + c.extra["firm_addr"], font("sans", mm(3.2)), fill=(20, 60, 130))
    s.line(mm(24), mm(40), s.width - mm(24), mm(40), width=3, fill=(20, 60, 130))
    s.right(s.width - mm(24), mm(48), f"吉{c.firm[2:4]}律执字〔{c.filed_on.year}〕第{rng.randint(20, 380)}号",
            font("serif", mm(4.4)))
    s.centred(mm(64), "律师事务所函", font("hei", mm(8.6)), spacing=mm(4))
    f = font("serif", mm(5.2))
    y = mm(86)
    s.text(mm(26), y, f"{COURT}：", f)
    y += mm(12)
    text = (f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}申请执行一案执行阶段的"
            "委托代理人。特此函告。")
    from dossier.corpus.draw import wrap
    for k, part in enumerate(wrap(text, f, s.width - mm(52), indent=f.size * 2)):
        s.text(mm(26) + (f.size * 2 if k == 0 else 0), y, part, f)
        y += mm(10)
    s.text(mm(26), y + mm(6), "附：授权委托书一份", f)
    s.right(s.width - mm(34), y + mm(40), c.firm, f)
    s.right(s.width - mm(34), y + mm(52), cn_date(c.filed_on - timedelta(days=3)), f)
    seal(s, s.width - mm(64), y + mm(46), c.firm, rng)
    s.text(mm(26), s.height - mm(30), f"地址：{c.extra['firm_addr']}　电话：0431-8{rng.randint(1000000, 9999999)}",
           font("sans", mm(3.6)))
    return [s]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(28), "授权委托书", font("serif_bold", mm(9)), spacing=mm(4))
    f = font("serif", mm(4.8))
    rows = [["委托人", c.applicant.name, "身份证号", c.applicant.id_number],
            ["受委托人", c.agent, "工作单位", c.firm], ["联系电话", c.agent_phone, "职务", "律师"],
            ["案由", f"申请执行{c.respondent.name}"],
            ["代理权限", "特别授权：代为申请执行、提供财产线索、申请采取强制措施、参加执行听证、代为和解、代为领取"
                        "执行款及法律文书、代为签收法律文书。"],
            ["委托期限", "自签署之日起至本案执行终结时止"]]
    w = s.width - mm(44)
    ruled_form(s, mm(22), mm(48), [mm(28), mm(50), mm(26), w - mm(104)], rows,
               [mm(14), mm(14), mm(14), mm(16), mm(34), mm(14)], f, rng)
    y = mm(48) + mm(106) + mm(20)
    s.text(mm(100), y, "委托人（签名）：", f)
    signature(s, mm(150), y - mm(3), c.applicant.name, rng, ink=BLUE_INK)
    fill(s, mm(112), y + mm(16), num_date(c.filed_on - timedelta(days=3)), rng)
    return [s]


def _lawyer_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's 执业证: cover page and data page side by side, photocopied twice over."""
    s = Sheet()
    x0, y0 = mm(20), mm(40)
    w, h = mm(80), mm(112)
    s.box(x0, y0, x0 + w, y0 + h, width=3)
    s.box(x0 + w + mm(10), y0, x0 + 2 * w + mm(10), y0 + h, width=3)
    s.centred(y0 + mm(18), "中华人民共和国", font("serif_bold", mm(6)), x0=x0, x1=x0 + w)
    s.centred(y0 + mm(32), "律师执业证", font("serif_bold", mm(8)), x0=x0, x1=x0 + w)
    s.centred(y0 + mm(90), "中华人民共和国司法部监制", font("serif", mm(3.6)), x0=x0, x1=x0 + w)
    f = font("serif", mm(3.8))
    bx = x0 + w + mm(14)
    s.box(bx + mm(44), y0 + mm(6), bx + mm(68), y0 + mm(36), width=2)
    _portrait(s, bx + mm(46), y0 + mm(8), w=18, h=26)
    lines = [f"持证人：{c.agent}", f"性　别：{rng.choice('男女')}", f"执业机构：{c.firm}", "执业证类别：专职律师",
             f"执业证号：{c.extra['lic_no']}", f"法律职业资格证号：A{rng.randint(2006, 2016)}2201{rng.randint(100000, 999999)}",
             "发证机关：吉林省司法厅", f"发证日期：{rng.randint(2016, 2023)}年{rng.randint(1, 12)}月"]
    y = y0 + mm(42)
    for line in lines:
        s.text(bx, y, line, f)
        y += mm(8)
    seal(s, bx + mm(52), y0 + mm(92), "吉林省司法厅", rng, radius=mm(14))
    s.text(mm(20), y0 + h + mm(14), "律师执业证复印件", font("hei", mm(5)))
    verified(s, rng, c.clerk, x=mm(110), y=y0 + h + mm(20))
    mark_copy([s], rng.choice([2, 3]))
    return [s]


def _id_card(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card copied onto one A4 at the window, the copy itself copied again."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2
    ys = [mm(46), mm(46) + h + mm(24)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), outline=INK, width=2)
    f = font("hei", mm(3.3))
    y = ys[0]
    born = p.born or date(1980, 1, 1)
    s.text(x + mm(5), y + mm(6), f"姓名　{p.name}", f)
    s.text(x + mm(5), y + mm(13), f"性别　{p.sex}　　民族　汉", f)
    s.text(x + mm(5), y + mm(20), f"出生　{born.year} 年 {born.month} 月 {born.day} 日", f)
    addr = p.address
    s.text(x + mm(5), y + mm(27), f"住址　{addr[:14]}", f)
    s.text(x + mm(15), y + mm(33), addr[14:], f)
    s.text(x + mm(5), y + mm(45), f"公民身份号码　{p.id_number}", font("hei", mm(3.6)))
    _portrait(s, x + mm(60), y + mm(6))
    y = ys[1]
    s.text(x + mm(26), y + mm(12), "中华人民共和国", font("hei", mm(5.4)))
    s.text(x + mm(28), y + mm(22), "居民身份证", font("hei", mm(4.6)), spacing=mm(1.5))
    s.draw.ellipse((x + mm(6), y + mm(5), x + mm(22), y + mm(21)), outline=INK, width=2)
    issued = date(rng.randint(2012, 2021), rng.randint(1, 12), rng.randint(1, 28))
    s.text(x + mm(8), y + mm(36), "签发机关　长春市公安局朝阳分局", f)
    s.text(x + mm(8), y + mm(44), f"有效期限　{issued:%Y.%m.%d}-{issued.year + 20}.{issued:%m.%d}", f)
    verified(s, rng, c.clerk, x=mm(120), y=ys[1] + h + mm(34))
    note_on_copy(s, mm(30), ys[1] + h + mm(16), f"此复印件仅供{COURT}执行立案使用", rng, size_mm=5.2)
    mark_copy([s], rng.choice([2, 3]))
    return [s]


def _portrait(s: Sheet, x: float, y: float, *, w: float = 22, h: float = 28) -> None:
    """An ID photo as a copier renders it: a dark ground, a lighter head and shoulders."""
    s.draw.rectangle((x, y, x + mm(w), y + mm(h)), fill=(105, 105, 105))
    cx = x + mm(w) / 2
    s.draw.ellipse((cx - mm(w * 0.22), y + mm(h * 0.16), cx + mm(w * 0.22), y + mm(h * 0.58)), fill=(185, 185, 180))
    s.draw.pieslice((cx - mm(w * 0.45), y + mm(h * 0.62), cx + mm(w * 0.45), y + mm(h * 1.3)), 180, 360,
                    fill=(45, 45, 50))


def _licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The respondent's 营业执照（副本）: copied from an old copy the applicant kept, reduced onto A4."""
    s = Sheet()
    x0, y0, x1, y1 = mm(18), mm(22), s.width - mm(18), mm(250)
    s.box(x0, y0, x1, y1, width=6)
    s.box(x0 + mm(3), y0 + mm(3), x1 - mm(3), y1 - mm(3), width=2)
    s.centred(y0 + mm(16), "营业执照", font("serif_bold", mm(12)), spacing=mm(10))
    s.centred(y0 + mm(34), "（副　本）", font("serif", mm(5)))
    s.text(x0 + mm(10), y0 + mm(46), f"统一社会信用代码　{p.id_number}", font("hei", mm(4)))
    s.box(x1 - mm(38), y0 + mm(10), x1 - mm(12), y0 + mm(36), width=2)
    f = font("serif", mm(4.2))
    capital = rng.choice(["伍佰万", "壹仟万", "叁仟万", "捌佰万"])
    trade = c.extra["trade"]
    rows = [("名称", p.name), ("类型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("注册资本", f"人民币{capital}元整"), ("成立日期", f"{rng.randint(2006, 2017)}年{rng.randint(1, 12)}月"
                                                        f"{rng.randint(1, 28)}日"),
            ("住所", p.address), ("经营范围", f"{trade}的研发、生产、销售；机械设备租赁；货物进出口（依法须经批准的"
                                            "项目，经相关部门批准后方可开展经营活动）。")]
    y = y0 + mm(62)
    from dossier.corpus.draw import wrap
    for label, value in rows:
        s.text(x0 + mm(10), y, label, f)
        for k, part in enumerate(wrap(value, f, x1 - x0 - mm(52))):
            s.text(x0 + mm(40), y + k * mm(7), part, f)
        y += mm(7) * max(1, len(wrap(value, f, x1 - x0 - mm(52)))) + mm(5)
    office = "长春汽车经济技术开发区市场监督管理局" if "汽车经济" in p.address else "长春市朝阳区市场监督管理局"
    if "绿园" in p.address:
        office = "长春市绿园区市场监督管理局"
    s.text(x1 - mm(96), y1 - mm(44), "登记机关", f)
    s.text(x1 - mm(96), y1 - mm(30), f"{rng.randint(2019, 2023)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    seal(s, x1 - mm(62), y1 - mm(38), office, rng, radius=mm(17))
    s.text(x0 + mm(10), y1 - mm(14), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", font("serif", mm(3.2)))
    note_on_copy(s, x0 + mm(4), y1 + mm(8), "被执行人营业执照（复印件，申请人提供）", rng, size_mm=5.4)
    mark_copy([s], rng.choice([2, 3]))
    return [s]


def _slip(width_mm: float, height_mm: float, tint: tuple[int, int, int]) -> Sheet:
    return Sheet(size=(mm(width_mm), mm(height_mm)), paper=tint)


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 吉林省非税收入一般缴款书 (第四联 收据) the applicant paid at the bank, glued onto the 票据粘贴单."""
    slip = _slip(186, 96, (246, 238, 240))
    f = font("sans", mm(3.2))
    slip.centred(mm(4), "吉林省非税收入一般缴款书（收据）", font("sans_bold", mm(5)), fill=(150, 30, 50))
    slip.text(mm(5), mm(13), f"票据代码：22010{rng.randint(1000, 9999)}　　No {rng.randint(10**9, 10**10 - 1)}", f)
    slip.text(mm(118), mm(13), f"填制日期：{num_date(c.filed_on)}", f)
    fee = c.extra["fee"]
    rows = [["付款人", c.applicant.name, "收款人", "长春市朝阳区财政局"],
            ["执收单位", COURT, "执收单位编码", f"104{rng.randint(100000, 999999)}"],
            ["项目编码", "103040101", "收入项目名称", "申请执行费"],
            ["金额（大写）", money_caps(fee), "（小写）", f"¥{fee:,.2f}"],
            ["备注", f"{c.number}"]]
    ruled_form(slip, mm(4), mm(20), [mm(24), mm(62), mm(28), mm(64)], rows, [mm(12)] * 5, f, rng, width=1)
    slip.text(mm(5), mm(86), "收款银行（盖章）：吉林银行长春朝阳支行　　复核：　　经办：", f)
    stamp(slip, mm(130), mm(70), ["吉林银行", "长春朝阳支行", "业务受理章"], rng, size_mm=2.8, oval=True,
          face="sans")
    back = backing_sheet("票据粘贴单", c, rng)
    paste(back, slip, mm(12), mm(46), rng, chop=c.clerk)
    return [back]


def _bank_receipt(c: CaseCtx, rng: random.Random, amount: Decimal, when: date, k: int) -> Sheet:
    slip = _slip(176, 82, (238, 244, 250))
    f = font("mono", mm(3.0))
    bank = c.extra["resp_bank"] if c.extra["story"] != "rail" else "中国建设银行长春长客支行"
    slip.text(mm(4), mm(3), f"{bank.split('长春')[0]}  客户专用回单", font("sans_bold", mm(4.4)))
    slip.text(mm(120), mm(4), f"回单编号：{rng.randint(10**11, 10**12 - 1)}", f)
    payer = c.respondent.name if k == 1 or c.extra["story"] != "rail" else c.extra.get("customer", c.respondent.name)
    lines = [f"交易日期：{when:%Y-%m-%d}　　　交易流水号：{rng.randint(10**15, 10**16 - 1)}",
             f"付款人户名：{payer}", f"付款人账号：{c.extra['resp_acct'] if k == 1 else rng.randint(10**15, 10**16 - 1)}",
             f"收款人户名：{COURT}", f"收款人账号：{c.extra['court_acct'].replace(' ', '')}",
             f"金额：CNY {amount:,.2f}　　大写：人民币{money_caps(amount)}",
             f"用途：{c.number}执行款（第{k}期）",
             "本回单不作为收款方发货依据，请勿重复记账。　　打印次数：1"]
    y = mm(12)
    for line in lines:
        slip.text(mm(4), y, line, f)
        y += mm(8)
    slip.box(1, 1, slip.width - 2, slip.height - 2, width=2, outline=(60, 80, 130))
    stamp(slip, mm(128), mm(42), ["电子回单", "专用章"], rng, size_mm=3.0, oval=True, face="sans")
    return slip


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Two bank receipts of the instalments glued on the 执行款收付凭证粘贴单, with the release noted by hand."""
    back = backing_sheet("执行款收付凭证粘贴单", c, rng)
    d1, d2 = c.day(rng.randint(24, 30)), c.day(rng.randint(44, 50))
    paste(back, _bank_receipt(c, rng, c.extra["paid1"], d1, 1), mm(16), mm(42), rng, chop=c.officer)
    paste(back, _bank_receipt(c, rng, c.extra["paid2"], d2, 2), mm(20), mm(134), rng, chop=c.officer)
    fill(back, mm(22), mm(226), f"以上两笔共{money(c.amount)}，已于{num_date(d2 + timedelta(days=3))}发放申请人", rng,
         size_mm=4.4)
    fill(back, mm(22), mm(238), f"{c.extra['acct_bank']}账户。", rng, size_mm=4.4)
    signature(back, mm(130), mm(250), c.officer, rng)
    return [back]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    p1, p2 = c.extra["paid1"], c.extra["paid2"]
    blocks = [("f", f"甲方（申请执行人）：{a.name}，身份证号{a.id_number}"),
              ("f", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}"),
              ("p", f"甲乙双方就{COURT}{c.number}执行一案，经协商，自愿达成如下和解协议："),
              ("f", f"一、乙方确认尚欠甲方{money(c.amount)}。"),
              ("f", f"二、乙方于{num_date(c.day(28))}前支付{money(p1)}，于{num_date(c.day(50))}前支付剩余{money(p2)}，"
                    "均汇入法院执行款专户。"),
              ("f", "三、乙方按期足额付款的，甲方放弃迟延履行期间的债务利息；任何一期逾期的，甲方有权申请恢复执行原生效"
                    "法律文书，已付款项予以扣除。"),
              ("f", "四、乙方付清第一期款项后，甲方同意法院解除对乙方基本账户的冻结，以保障乙方向主机厂供货。"
                    if c.extra["story"] == "parts" else "四、乙方付清全部款项后，甲方同意法院解除对乙方应收货款的冻结。"),
              ("f", "五、本协议一式三份，甲乙双方各执一份，交法院附卷一份。"),
              ("gap", ""),
              ("hsig", f"甲方：{a.name}"), ("hsig", f"乙方（盖章）法定代表人：{r.legal_rep}"),
              ("sig", num_date(c.day(20)))]
    sheets = typeset(Paper("执行和解协议", blocks, "", "", ""), FIRM, rng)
    seal(sheets[-1], sheets[-1].width - mm(70), sheets[-1].height - mm(80), r.name, rng, radius=mm(19))
    return sheets


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The window's printed forms, filled in by the applicant (or the respondent) with a ball pen."""
    s = Sheet(paper=(252, 252, 250))
    a, r = c.applicant, c.respondent
    f = font("serif", mm(4.5))
    title = {"property_clue_form": "被执行人财产线索表", "payment_account_confirmation": "申请执行人收取案款确认书",
             "service_address_confirmation": "送达地址确认书", "property_declaration_form": "财产申报表"}[code]
    s.centred(mm(18), COURT, font("serif", mm(5.4)))
    s.centred(mm(30), title, font("hei", mm(8)), spacing=mm(1.5))
    s.text(mm(20), mm(44), f"案号：{c.number}" if code != "property_clue_form" else "（申请执行时提交，一式一份）", f)
    w = s.width - mm(40)
    if code == "property_clue_form":
        clue = {"parts": f"{r.name}在{c.extra['resp_bank']}开有基本户，向一汽解放供货有应收款",
                "grain": f"{c.extra.get('warehouse', '')}有烘干塔两座、地磅一台，罩棚内有存粮",
                "rail": f"{r.name}对{c.extra.get('customer', '')}有应收货款，开户行{c.extra['resp_bank']}"}[c.extra["story"]]
        rows = [["被执行人", r.name], ["住所地", r.address], ["联系电话", r.phone],
                ["银行账户", c.extra["resp_bank"]], ["不动产", "不详"], ["车辆", "不详"], ["债权、应收款", clue[:20]],
                ["其他线索", clue[20:] or "无"], ["提供人", a.name], ["提供日期", num_date(c.filed_on)]]
        ruled_form(s, mm(20), mm(54), [mm(38), w - mm(38)], rows, [mm(16)] * len(rows), f, rng, hand_cols=(1,))
        s.text(mm(20), mm(224), "申请执行人保证所提供线索真实；线索不实的，自行承担相应后果。", f)
    elif code == "payment_account_confirmation":
        rows = [["申请执行人", a.name], ["身份证号码", a.id_number], ["收款户名", a.name],
                ["开户银行", c.extra["acct_bank"]], ["银行账号", c.extra["acct"]], ["联系电话", a.phone]]
        ruled_form(s, mm(20), mm(54), [mm(40), w - mm(40)], rows, [mm(17)] * len(rows), f, rng, hand_cols=(1,))
        y = mm(170)
        for line in ["本人确认上述账户为本案执行款的收款账户。法院将执行款汇入该账户即视为已向本人发放；",
                     "账户信息变更的，本人将及时书面告知法院，因未告知造成的后果由本人承担。"]:
            s.text(mm(20), y, line, font("serif", mm(4.0)))
            y += mm(9)
    elif code == "service_address_confirmation":
        rows = [["受送达人", a.name], ["送达地址", a.address], ["邮政编码", "130012"], ["手机号码", a.phone],
                ["是否同意电子送达", "同意"], ["电子送达方式", f"手机短信 {a.phone}"], ["代收人", c.agent]]
        ruled_form(s, mm(20), mm(54), [mm(46), w - mm(46)], rows, [mm(16)] * len(rows), f, rng, hand_cols=(1,))
        y = mm(180)
        for line in ["告知事项：一、当事人应如实提供确切的送达地址；二、送达地址变更的应及时告知；",
                     "三、因提供的地址不准确或变更未告知，导致文书未能实际接收的，文书退回之日视为送达之日。"]:
            s.text(mm(20), y, line, font("serif", mm(4.0)))
            y += mm(9)
    else:
        rows = [["申报人", r.name], ["法定代表人", r.legal_rep], ["银行存款", c.extra["resp_bank"] + "，余额不详"],
                ["不动产", "无"], ["车辆", "无"], ["设备、存货", "烘干塔已抵押" if c.extra["story"] == "grain" else "模具、冲压线（租赁）"
                                                 if c.extra["story"] == "parts" else "生产设备已抵押"],
                ["对外债权", "应收主机厂货款，金额以对账为准"], ["收入情况", "经营困难"], ["申报日期", num_date(c.day(7))]]
        ruled_form(s, mm(20), mm(54), [mm(38), w - mm(38)], rows, [mm(16)] * len(rows), f, rng, hand_cols=(1,))
        s.text(mm(20), mm(210), "申报人保证以上申报内容真实、完整，如有虚假愿承担法律责任。", f)
    who = r.legal_rep if code == "property_declaration_form" else a.name
    s.text(mm(100), mm(244), "签名（盖章）：", f)
    signature(s, mm(140), mm(241), who, rng, ink=BLUE_INK)
    fill(s, mm(120), mm(258), num_date(c.filed_on if code != "property_declaration_form" else c.day(7)), rng)
    return [s]


__all__ = ["RECEIVED", "received"]
