"""What 新罗区人民法院执行局 receives, each in its maker's hand: the 龙岩 law firm's typed papers in 黑体 and a plain sans
(its name tiled over them as a watermark), the trial division's judgment as printed from the e-filing platform (the
lawyer's user name and the download time tiled across it), the 龙岩仲裁委员会's award, the bank's 电子回单 ("仅供法院
查询使用"), copies of ID cards and business licences, the 财政 fee receipt, and the court's window forms filled in
ballpoint by the parties."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Sheet, mm, seal, signature, wrap
from dossier.corpus.families.court_el_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    grid,
    lay,
    numbered,
    pen,
    song,
    song_bold,
    source,
    spot,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "settlement_agreement", "payment_voucher",
})


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _basis_name(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{'裁决书' if _tale(c) == 'homestay' else '民事判决书'}"


def _hei(size: int) -> Font:
    return font("hei", size)


def _sans(size: int) -> Font:
    return font("sans", size)


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    d = c.filed_on - timedelta(days=rng.randint(2, 6))
    if code in ("enforcement_application", "power_of_attorney", "law_firm_letter", "settlement_agreement"):
        return source(_firm_paper(code, c, rng, d), "firm", c.firm)
    if code == "enforcement_basis":
        if _tale(c) == "homestay":
            return source(_award(c, rng), "firm", c.firm)
        return source(_judgment(c, rng), "efile", f"{c.extra['platform_user']}|{d:%Y-%m-%d}")
    if code == "effectiveness_certificate":
        return source(_certificate(c, rng), "none")
    if code == "fee_receipt":
        return source(_fee_receipt(c, rng), "none")
    if code == "identity_proof":
        who = c.respondent if served == ["respondent"] else c.applicant
        return source(_identity(c, who, rng), "copy", "仅供新罗区法院执行立案使用")
    if code == "lawyer_license":
        return source(_licence(c, rng), "firm", c.firm)
    if code == "payment_voucher":
        return source(_voucher(c, rng), "bank", "仅供法院查询使用")
    if code == "property_clue_form":
        return source(_clue_form(c, rng, d), "efile", f"{c.extra['platform_user']}|{d:%Y-%m-%d}")
    return source(_window_form(code, c, rng), "none")


# ------------------------------------------------------------------ the law firm's typed papers


def _firm_head(s: Sheet, c: CaseCtx) -> float:
    s.text(mm(24), mm(14), c.firm, font("sans_bold", 40), fill=(150, 25, 30))
    s.text(mm(24), mm(14) + 50, f"地址：{c.extra['firm_addr']}　电话：0597-{2200000 + int(c.extra['licence'][-5:])}", _sans(24),
           fill=(150, 25, 30))
    s.line(mm(24), mm(14) + 88, s.width - mm(24), mm(14) + 88, width=5, fill=(150, 25, 30))
    s.line(mm(24), mm(14) + 98, s.width - mm(24), mm(14) + 98, width=1, fill=(150, 25, 30))
    return mm(14) + 140


def _firm_paper(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    f = _sans(38)
    s = Sheet()
    sheets = [s]
    x0, x1 = mm(25), s.width - mm(25)

    def who(role: str, p: Party) -> list[tuple[str, str]]:
        if p.kind == "organisation":
            return [("f", f"{role}：{p.name}"), ("f", f"统一社会信用代码：{p.id_number}"), ("f", f"住所地：{p.address}"),
                    ("f", f"法定代表人：{p.legal_rep}　联系电话：{p.phone}")]
        return [("f", f"{role}：{p.name}，{p.sex}，{p.born:%Y年%m月%d日}出生，汉族"), ("f", f"公民身份号码：{p.id_number}"),
                ("f", f"住址：{p.address}　电话：{p.phone}")]

    if code == "law_firm_letter":
        y = _firm_head(s, c)
        s.centred(y + 20, "律师事务所函", _hei(64), spacing=22)
        s.right(x1, y + 120, f"闽红律执字〔{d.year}〕第{rng.randint(10, 199)}号", f)
        y = lay(sheets, [
            ("f", f"{COURT}："),
            ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{c.extra['cause']}执行一案的委托代理人，"
                  "代理权限详见授权委托书。"),
            ("p", "特此函告。"),
            ("f", "附：授权委托书一份　律师执业证复印件一份"),
            ("f", f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}"),
        ], f, y=y + 200, lh=72, x0=x0, x1=x1)
        s.right(x1 - mm(8), y + 120, num_date(d), f)
        seal(s, x1 - mm(30), y + 120, c.firm, rng, radius=mm(20))
        return sheets
    if code == "power_of_attorney":
        s.centred(mm(28), "授权委托书", _hei(70), spacing=28)
        y = lay(sheets, [
            *who("委托人", a),
            ("f", f"受托人：{c.agent}，{c.firm}律师，电话：{c.agent_phone}"),
            ("p", f"现委托上列受托人在委托人与{r.name}{c.extra['cause']}一案执行程序中，作为委托人的代理人。"),
            ("f", "代理权限：特别授权。"),
            ("p", "具体为：代为申请强制执行，代为提供财产线索，代为申请采取查封、扣押、冻结等执行措施，代为参加听证、约谈，"
                  "代为签收法律文书，代为达成、签订执行和解协议，代为领取执行款，代为申请终结本次执行程序或恢复执行。"),
        ], f, y=mm(28) + 130, lh=70, x0=x0, x1=x1)
        y += 60
        s.text(x0 + mm(80), y, "委托人：", f)
        if a.kind == "organisation":
            seal(s, x0 + mm(120), y + 20, a.name, rng, radius=mm(19))
        else:
            signature(s, x0 + mm(105), y - 10, a.name, rng)
        s.text(x0 + mm(80), y + 110, "受托人：", f)
        signature(s, x0 + mm(105), y + 100, c.agent, rng)
        pen(s, x0 + mm(90), y + 230, f"{d.year}年{d.month}月{d.day}日", rng, size=40)
        return sheets
    if code == "settlement_agreement":
        sd = c.filed_on + timedelta(days=31)
        s.centred(mm(28), "执行和解协议", _hei(66), spacing=24)
        spot(s, x0, mm(28) + 100, f.getlength(c.basis_number), 44)
        body: list[tuple[str, str]] = [*who("甲方（申请执行人）", a), *who("乙方（被执行人）", r)]
        if _tale(c) == "loader":
            body += [("p", f"甲乙双方因{c.extra['cause']}一案（执行案号{c.number}），经{COURT}执行局主持，就乙方履行{_basis_name(c)}"
                           f"确定的义务自愿达成和解如下："),
                     ("p", f"一、乙方尚欠甲方货款及违约金共计{money(c.amount)}，于{num_date(sd + timedelta(days=3))}前支付人民币"
                           f"{(c.amount * 4 / 10).quantize(c.amount)}元，余款于{num_date(c.extra['pay_day'])}前全部付清，"
                           "均汇入法院执行款专户；"),
                     ("p", f"二、乙方付清全部款项后，甲方同意申请法院解除对龙工{c.extra['model']}型装载机（出厂编号{c.extra['serial']}）"
                           "的扣押，装载机所有权归乙方；"),
                     ("p", "三、乙方任何一期未按约付款的，甲方有权申请恢复执行原生效法律文书，已付款项予以扣除；"),
                     ("p", "四、本协议一式三份，甲乙双方各执一份，交法院一份，自双方签字之日起生效。")]
        else:
            body += [("p", f"甲乙双方系同宗叔侄（堂兄弟）关系，因民间借贷纠纷一案（执行案号{c.number}），经族中长辈及{COURT}执行局"
                           "调解，本着亲情为重、互谅互让的原则，达成和解如下："),
                     ("p", f"一、乙方确认尚欠甲方借款本金及利息共计{money(c.amount)}；"),
                     ("p", f"二、乙方以其漳平水仙茶春茶销售所得分两期还款：{num_date(sd + timedelta(days=5))}前付人民币"
                           f"{(c.amount / 2).quantize(c.amount)}元，{num_date(c.extra['pay_day'])}前付清余款，汇入法院执行款专户；"),
                     ("p", "三、甲方同意放弃迟延履行期间的加倍利息；乙方按期付清后，本案执行完毕；"),
                     ("p", "四、乙方未按期付款的，甲方可申请恢复执行。本协议自双方签字捺印之日起生效。")]
        y = lay(sheets, body, f, y=mm(28) + 130, lh=68, x0=x0, x1=x1)
        last = sheets[-1]
        if y > last.height - mm(80):
            sheets.append(Sheet())
            last, y = sheets[-1], TOP
        y += 50
        last.text(x0, y, "甲方（签章）：", f)
        last.text(x0 + mm(85), y, "乙方（签章）：", f)
        if a.kind == "organisation":
            seal(last, x0 + mm(50), y + 20, a.name, rng, radius=mm(18))
        else:
            signature(last, x0 + mm(45), y - 10, a.name, rng)
            _thumb(last, x0 + mm(72), y + 10, rng)
        signature(last, x0 + mm(130), y - 10, r.name if r.kind == "person" else r.legal_rep, rng)
        _thumb(last, x0 + mm(158), y + 10, rng)
        last.text(x0, y + 120, f"见证人（执行员）：{c.officer}", f)
        pen(last, x0 + mm(85), y + 120, num_date(sd), rng, size=40)
        return numbered(sheets)
    # the application
    s.centred(mm(28), "强制执行申请书", _hei(68), spacing=6)
    if _tale(c) == "loader":
        facts = (f"申请人与被申请人于{c.basis_effective.year - 2}年签订《工程机械分期付款买卖合同》，约定被申请人以分期付款方式购买"
                 f"龙工{c.extra['model']}型装载机一台，总价{c.extra['price']}元，首付后余款分二十四期支付。被申请人支付部分款项后即停止"
                 f"付款，申请人诉至{COURT}，经审理作出{c.basis_number}民事判决书，判决已发生法律效力。")
    elif _tale(c) == "homestay":
        facts = (f"申请人承接被申请人位于永定区湖坑镇的{c.extra['inn']}（{c.extra['rooms']}间客房）室内装修工程，竣工验收后被申请人"
                 f"拖欠工程款。申请人依合同仲裁条款向龙岩仲裁委员会申请仲裁，该会作出{c.basis_number}裁决书，裁决已发生法律效力。")
    else:
        facts = (f"申请人与被申请人系同宗亲属。被申请人于{c.extra['lent_on']:%Y年%m月}向申请人借款用于在漳平经营茶园，出具借条，"
                 f"到期后经族亲多次催讨未还。申请人诉至{COURT}，经审理作出{c.basis_number}民事判决书，判决已发生法律效力。")
    y = lay(sheets, [
        *who("申请人", a), ("f", f"委托代理人：{c.agent}，{c.firm}律师"), *who("被申请人", r),
        ("f", "请求事项："),
        ("p", f"1．强制被申请人支付{money(c.amount)}；"),
        ("p", "2．强制被申请人加倍支付迟延履行期间的债务利息；"),
        ("p", "3．本案执行费用由被申请人承担。"),
        ("f", "事实与理由："),
        ("p", facts + "被申请人至今未履行上述义务，申请人依照《中华人民共和国民事诉讼法》第二百四十七条的规定，向贵院申请强制执行。"),
        ("f", "此致"),
        ("f", COURT),
    ], f, y=mm(28) + 120, lh=66, x0=x0, x1=x1)
    last = sheets[-1]
    if y > last.height - mm(60):
        sheets.append(Sheet())
        last, y = sheets[-1], TOP
    last.text(x1 - mm(95), y + 40, "申请人：", f)
    if a.kind == "organisation":
        last.text(x1 - mm(95) + f.getlength("申请人："), y + 40, a.name, f)
        seal(last, x1 - mm(45), y + 60, a.name, rng, radius=mm(19))
    else:
        signature(last, x1 - mm(95) + f.getlength("申请人："), y + 30, a.name, rng)
    last.right(x1, y + 130, num_date(d), f)
    return numbered(sheets)


def _thumb(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red thumbprint (捺印): concentric broken ovals."""
    d = s.draw
    for k in range(7):
        rx, ry = 22 - k * 3, 30 - k * 4
        if rx <= 0:
            break
        start = rng.randint(0, 60)
        d.arc((x - rx, y - ry, x + rx, y + ry), start, start + rng.randint(250, 330), fill=(200, 50, 60), width=3)


# ------------------------------------------------------------------ bases


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The trial division's judgment, as printed from the e-filing platform: 仿宋-like ming body, tight lines."""
    a, r = c.applicant, c.respondent
    f = font("ming", 38)
    s = Sheet()
    s.centred(mm(30), COURT, song_bold(54), spacing=2)
    s.centred(mm(30) + 86, "民事判决书", song_bold(72), spacing=30)
    s.right(s.width - mm(26), mm(30) + 190, c.basis_number, f)
    def ident(p: Party) -> str:
        if p.kind == "organisation":
            return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}，该公司总经理。"
        return f"{p.name}，{p.sex}，{p.born:%Y年%m月%d日}出生，汉族，住{p.address}。"
    if _tale(c) == "loader":
        story = [("p", f"原告{a.name}向本院提出诉讼请求：1．判令被告支付剩余货款及违约金共计{money(c.amount)}；2．本案诉讼费用由被告负担。"
                       f"事实和理由：{c.basis_effective.year - 2}年，原、被告签订《工程机械分期付款买卖合同》，约定被告购买龙工"
                       f"{c.extra['model']}型装载机一台（出厂编号{c.extra['serial']}），总价{c.extra['price']}元，分期付款。被告提车后"
                       "用于永定区采石场施工，连续五期未付款，经催告仍未支付。"),
                 ("p", "被告经本院合法传唤，无正当理由未到庭参加诉讼，亦未提交书面答辩意见。"),
                 ("p", "本院认为，原、被告之间的分期付款买卖合同合法有效。被告未支付到期价款的金额已达到全部价款的五分之一，经催告后在"
                       "合理期限内仍未支付，原告请求支付全部剩余价款，符合《中华人民共和国民法典》第六百三十四条的规定，本院予以支持。"
                       "依照《中华人民共和国民法典》第五百七十七条、第六百三十四条，《中华人民共和国民事诉讼法》第一百四十七条的规定，"
                       "判决如下：")]
    else:
        story = [("p", f"原告{a.name}向本院提出诉讼请求：判令被告偿还借款本息共计{money(c.amount)}。事实和理由：原、被告系同宗亲属，"
                       f"被告于{c.extra['lent_on']:%Y年%m月%d日}向原告借款用于在漳平市经营茶园，出具借条一份，约定一年内归还，"
                       "到期后经原告及族中长辈多次催讨，被告未予归还。"),
                 ("p", "被告辩称，借款属实，因近年茶叶行情不好暂时无力偿还，请求分期归还。"),
                 ("p", "本院认为，原、被告之间的借贷关系有借条、转账记录为证，合法有效。被告未按约定归还借款，应承担还款责任。依照"
                       "《中华人民共和国民法典》第六百六十七条、第六百七十五条、第六百七十六条的规定，判决如下：")]
    sheets = [s]
    y = lay(sheets, [
        ("f", f"原告：{ident(a)}"), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("f", f"被告：{ident(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。"),
        *story,
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}{money(c.amount)}。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行"
              f"期间的债务利息。案件受理费{rng.randint(2000, 6000)}元，减半收取，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于福建省龙岩市"
              "中级人民法院。"),
    ], f, y=mm(30) + 260, lh=64, x0=mm(28), x1=s.width - mm(26))
    last = sheets[-1]
    if y > last.height - mm(85):
        sheets.append(Sheet())
        last, y = sheets[-1], TOP
    x = last.width - mm(26) - mm(64)
    last.text(x, y + 40, f"审判员　{person_name(rng)}", f)
    when = c.basis_effective - timedelta(days=rng.randint(18, 25))
    last.right(last.width - mm(26), y + 140, cn_date(when), f)
    seal(last, last.width - mm(26) - mm(40), y + 150, COURT, rng, radius=mm(20))
    last.text(x, y + 240, f"书记员　{person_name(rng)}", f)
    for i, sh in enumerate(sheets, 1):
        sh.right(sh.width - mm(26), sh.height - mm(16), f"第{i}页/共{len(sheets)}页", _sans(24))
        if i > 1:
            sh.page_of = (i, len(sheets))
    return sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    f = song(38)
    s = Sheet()
    s.centred(mm(32), "龙岩仲裁委员会", font("serif_bold", 66), spacing=16)
    s.centred(mm(32) + 100, "裁决书", font("serif_bold", 76), spacing=70)
    s.right(s.width - mm(28), mm(32) + 210, c.basis_number, f)
    s.line(mm(28), mm(32) + 270, s.width - mm(28), mm(32) + 270, width=2, fill=(90, 90, 90))
    sheets = [s]
    started = c.basis_effective - timedelta(days=rng.randint(120, 160))
    y = lay(sheets, [
        ("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
        ("p", f"龙岩仲裁委员会（以下简称本会）根据申请人与被申请人签订的《{c.extra['inn']}室内装饰装修工程施工合同》中的仲裁条款及申请人"
              f"的仲裁申请，于{num_date(started)}受理了双方之间的装饰装修合同纠纷案。本案适用简易程序，由独任仲裁员{person_name(rng)}"
              "审理，现已审理终结。"),
        ("p", f"申请人称：申请人承接被申请人{c.extra['inn']}{c.extra['rooms']}间客房及公共区域的室内装修，工程已于竣工验收后交付使用，"
              "被申请人支付部分工程款后，余款经多次催讨未付。"),
        ("p", "被申请人经本会书面通知，未出庭，亦未提交答辩意见。"),
        ("p", "仲裁庭认为：双方签订的施工合同合法有效，工程已竣工验收并交付使用，被申请人应按约支付工程款。据此，裁决如下："),
        ("p", f"被申请人{r.name}应于本裁决书送达之日起十日内向申请人{a.name}支付工程款及逾期付款利息共计{money(c.amount)}。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ], f, y=mm(32) + 300, lh=66, x0=mm(28), x1=s.width - mm(28))
    last = sheets[-1]
    if y > last.height - mm(70):
        sheets.append(Sheet())
        last, y = sheets[-1], TOP
    last.right(last.width - mm(40), y + 50, f"独任仲裁员　{person_name(rng)}", f)
    made = c.basis_effective - timedelta(days=rng.randint(12, 20))
    last.right(last.width - mm(40), y + 150, cn_date(made), f)
    seal(last, last.width - mm(75), y + 160, "龙岩仲裁委员会", rng, radius=mm(21))
    last.right(last.width - mm(40), y + 250, f"书　　记　{person_name(rng)}", f)
    return numbered(sheets)


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = song(42)
    if _tale(c) == "homestay":
        s.centred(mm(45), "龙岩仲裁委员会", font("serif_bold", 64), spacing=14)
        s.centred(mm(45) + 110, "裁决书生效证明", font("serif_bold", 72), spacing=6)
        text = (f"申请人{c.applicant.name}与被申请人{c.respondent.name}装饰装修合同纠纷一案，本会作出的{c.basis_number}裁决书，"
                f"已于{cn_date(c.basis_effective)}发生法律效力。")
        who = "龙岩仲裁委员会"
    else:
        s.centred(mm(45), COURT, song_bold(58), spacing=4)
        s.centred(mm(45) + 110, "生效证明书", song_bold(72), spacing=44)
        text = (f"本院审理的原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，本院作出的{c.basis_number}"
                f"民事判决书，已于{cn_date(c.basis_effective)}发生法律效力。")
        who = COURT
    y = lay([s], [("p", text), ("p", "特此证明。")], f, y=mm(45) + 300, lh=80, x0=mm(30), x1=s.width - mm(30))
    when = c.basis_effective + timedelta(days=rng.randint(3, 15))
    s.right(s.width - mm(38), y + 160, cn_date(when), f)
    seal(s, s.width - mm(70), y + 170, who, rng, radius=mm(21))
    if who == COURT:
        s.text(mm(30), y + 330, f"（民事审判第一庭）承办人：{c.judge}", song(34))
    return [s]


# ------------------------------------------------------------------ receipts, copies, vouchers


def _fee_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """福建省 非税收入 electronic receipt printout for the first-instance fee: a brown-lined landscape table on A4 top half."""
    s = Sheet()
    brown = (150, 70, 50)
    top = mm(30)
    s.centred(top, "福建省非税收入统一票据（电子）", font("serif_bold", 50), fill=brown)
    s.text(mm(20), top + 90, f"票据代码：350{rng.randint(10000, 99999)}　　票据号码：{rng.randint(10**9, 10**10 - 1)}", _sans(28))
    s.right(s.width - mm(20), top + 90, f"开票日期：{(c.basis_effective - timedelta(days=80)):%Y-%m-%d}", _sans(28))
    fee = rng.randint(2000, 7000)
    rows: list[tuple[float, list[str]]] = [
        (70, ["交款人", c.applicant.name, "交款人统一社会信用代码", c.applicant.id_number if c.applicant.kind == "organisation" else "—"]),
        (70, ["项目编码", "项目名称", "金额（元）", "备注"]),
        (70, [f"103040{rng.randint(100, 999)}", "案件受理费", f"{fee}.00", c.basis_number]),
        (70, ["", "", "", ""]),
        (70, ["金额合计（大写）", money_caps(Decimal(fee)), "（小写）", f"{fee}.00"]),
        (70, ["执收单位", COURT, "收款人", person_name(rng)]),
    ]
    w = s.width - mm(40)
    y = grid(s, mm(20), top + 140, [w * 0.2, w * 0.35, w * 0.2, w * 0.25], rows, _sans(26), stroke=2)
    for k in range(0, 6):
        s.line(mm(20), top + 140 + 70 * k, mm(20) + w, top + 140 + 70 * k, width=2, fill=brown)
    s.box(s.width - mm(48), top - mm(2), s.width - mm(22), top + mm(24), width=3)
    g = random.Random(fee)
    for i in range(12):
        for j in range(12):
            if g.random() < 0.5:
                x0 = s.width - mm(46) + i * mm(1.9)
                y0 = top + j * mm(1.9)
                s.draw.rectangle((x0, y0, x0 + mm(1.9), y0 + mm(1.9)), fill=(20, 20, 20))
    seal(s, s.width - mm(60), y + 40, "福建省财政厅", rng, radius=mm(14), inner="票据监制章")
    s.text(mm(20), y + 40, "校验码：" + "".join(g.choice("0123456789ABCDEF") for _ in range(6)), _sans(26))
    return [s]


def _identity(c: CaseCtx, who: Party, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    if who.kind == "organisation":
        # 营业执照（副本）copy: a framed certificate on the top of the page, then the 法定代表人身份证明书 below
        s.box(mm(22), mm(22), s.width - mm(22), mm(160), width=10, outline=(120, 120, 120))
        s.box(mm(27), mm(27), s.width - mm(27), mm(155), width=2, outline=(120, 120, 120))
        s.centred(mm(36), "营 业 执 照", font("serif_bold", 70), spacing=16)
        s.centred(mm(36) + 90, "（副　本）", song(36))
        items = [("统一社会信用代码", who.id_number), ("名　　称", who.name), ("类　　型", "有限责任公司（自然人投资或控股）"),
                 ("法定代表人", who.legal_rep), ("注册资本", f"{rng.choice([100, 200, 500, 800])}万元人民币"),
                 ("成立日期", f"{rng.randint(2008, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", who.address)]
        y = mm(62)
        for label, v in items:
            s.text(mm(36), y, label, _hei(32))
            for n, part in enumerate(wrap(v, _sans(32), s.width - mm(100))):
                s.text(mm(80), y + n * 44, part, _sans(32))
            y += 78
        s.text(mm(110), mm(140), "登记机关", _hei(30))
        seal(s, mm(150), mm(140), "龙岩市市场监督管理局", rng, radius=mm(17))
        pen(s, mm(30), mm(168), "此复印件与原件一致", rng, size=44, ink=(30, 30, 40))
        seal(s, mm(120), mm(172), who.name, rng, radius=mm(18))
        s.centred(mm(200), "法定代表人身份证明书", _hei(52), spacing=4)
        lay([s], [("p", f"{who.legal_rep}在我单位任执行董事兼总经理职务，系我单位法定代表人。"), ("p", "特此证明。")],
            _sans(36), y=mm(218), lh=64, x0=mm(30), x1=s.width - mm(30))
        s.right(s.width - mm(40), mm(250), f"{who.name}（盖章）", _sans(34))
        return [s]
    # 居民身份证 copy: front and back, photocopied grey, on one A4
    grey = (70, 70, 70)
    cw, ch = mm(86) * 1.25, mm(54) * 1.25
    x0 = (s.width - cw) / 2
    for k, y0 in enumerate((mm(35), mm(35) + ch + mm(22))):
        s.draw.rounded_rectangle((x0, y0, x0 + cw, y0 + ch), radius=30, outline=grey, width=3, fill=(232, 232, 232))
        if k == 0:
            f = _sans(30)
            rows = [("姓名", who.name), ("性别", f"{who.sex}　　民族　汉"),
                    ("出生", f"{who.born:%Y}年{who.born.month}月{who.born.day}日" if who.born else ""),
                    ("住址", who.address)]
            yy: float = y0 + 40
            for lab, val in rows:
                s.text(x0 + 40, yy, lab, f, fill=grey)
                parts = wrap(val, f, cw * 0.5)
                for n, part in enumerate(parts):
                    s.text(x0 + 130, yy + n * 40, part, f)
                yy += 58 + 40 * (len(parts) - 1)
            s.text(x0 + 40, y0 + ch - 70, "公民身份号码", f, fill=grey)
            s.text(x0 + 260, y0 + ch - 72, who.id_number, font("sans", 36))
            s.draw.rectangle((x0 + cw * 0.68, y0 + 50, x0 + cw * 0.93, y0 + ch * 0.68), fill=(160, 160, 160))
        else:
            s.centred(y0 + 60, "中华人民共和国", _hei(48), x0=x0, x1=x0 + cw)
            s.centred(y0 + 140, "居民身份证", _hei(60), spacing=10, x0=x0, x1=x0 + cw)
            office = "龙岩市公安局" + ("新罗分局" if who.id_number.startswith("350802") else
                                      "永定分局" if who.id_number.startswith("350803") else "漳平市公安局")
            s.text(x0 + 60, y0 + ch - 130, f"签发机关　{office.replace('龙岩市公安局漳平市公安局', '漳平市公安局')}", _sans(28))
            start = date(rng.randint(2015, 2021), rng.randint(1, 12), rng.randint(1, 28))
            s.text(x0 + 60, y0 + ch - 80, f"有效期限　{start:%Y.%m.%d}-{start.year + 20}.{start:%m.%d}", _sans(28))
    pen(s, mm(40), mm(35) + 2 * ch + mm(36), "与原件核对无误，仅供执行使用", rng, size=44, ink=(30, 30, 40))
    signature(s, mm(130), mm(35) + 2 * ch + mm(50), who.name, rng)
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """律师执业证 copy: the booklet opened on its data pages, side by side across the top of the page."""
    s = Sheet()
    pw, ph = mm(80), mm(110)
    y0 = mm(30)
    for k in range(2):
        x0 = mm(22) + k * (pw + mm(6))
        s.box(x0, y0, x0 + pw, y0 + ph, width=3, outline=(90, 90, 90))
    x = mm(28)
    s.draw.rectangle((x, y0 + mm(8), x + mm(28), y0 + mm(45)), fill=(175, 175, 175))
    f = _sans(28)
    for n, (label, v) in enumerate([("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", str(c.extra["licence"])),
                                ("法律职业资格或律师资格证号", f"A{rng.randint(2008, 2018)}35{rng.randint(1000000, 9999999)}"),
                                ("发证机关", "福建省司法厅"), ("发证日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月")]):
        s.text(x, y0 + mm(52) + n * 78, f"{label}：", f)
        s.text(x + 10, y0 + mm(52) + n * 78 + 36, v, f)
    seal(s, mm(22) + pw * 0.6, y0 + mm(92), "福建省司法厅", rng, radius=mm(16))
    x = mm(22) + pw + mm(12)
    s.centred(y0 + mm(8), "律师年度考核备案", _hei(34), x0=mm(22) + pw + mm(6), x1=mm(22) + 2 * pw + mm(6))
    for n in range(3):
        yr = c.filed_on.year - 2 + n
        s.text(x, y0 + mm(22) + n * mm(26), f"考核年度　{yr - 1}", f)
        s.text(x, y0 + mm(22) + n * mm(26) + 40, "考核结果　称职", f)
        seal(s, x + mm(50), y0 + mm(30) + n * mm(26), "龙岩市司法局", rng, radius=mm(10))
    s.text(mm(22), y0 + ph + mm(8), f"持证人：{c.agent}", _sans(34))
    pen(s, mm(22), y0 + ph + mm(24), "复印件与原件一致", rng, size=42, ink=(30, 30, 40))
    seal(s, mm(110), y0 + ph + mm(26), c.firm, rng, radius=mm(18))
    return [s]


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's 电子回单 for the payout from the court's 执行款专户, printed two to a page the way the bank's
    counter prints them (the second is the fee refund/transfer of the rest)."""
    s = Sheet()
    bank = "中国建设银行"
    pay = c.extra["pay_day"] + timedelta(days=rng.randint(3, 8))
    y: float = mm(20)
    for k, amt in enumerate([c.amount, c.extra["fee"]]):
        s.text(mm(18), y, f"{bank}", font("sans_bold", 40), fill=(0, 60, 140))
        s.centred(y + 4, "单位客户专用回单", _hei(44))
        s.right(s.width - mm(18), y + 14, f"币别：人民币　{pay:%Y年%m月%d日}", _sans(26))
        payee = c.applicant
        rows: list[tuple[float, list[str]]] = [
            (66, ["付款人", "全称", f"{COURT}（执行款专户）", "收款人", "全称", payee.name]),
            (66, ["", "账号", f"3505{rng.randint(10**15, 10**16 - 1)}", "", "账号", str(c.extra["in_acct"])]),
            (66, ["", "开户行", "中国建设银行龙岩新罗支行", "", "开户行", str(c.extra["in_bank"])]),
            (70, ["金额", "", f"（大写）{money_caps(amt)}", "", "（小写）", f"¥{amt:,.2f}"]),
            (66, ["凭证号码", "", f"{rng.randint(10**9, 10**10 - 1)}", "", "用途", "执行款发放" if k == 0 else "执行费退付"]),
            (66, ["摘要", "", f"{c.number}", "", "交易流水", f"{rng.randint(10**13, 10**14 - 1)}"]),
        ]
        w = s.width - mm(36)
        cols = [w * 0.08, w * 0.08, w * 0.34, w * 0.08, w * 0.1]
        yy = grid(s, mm(18), y + 70, cols, rows, _sans(24), stroke=1, centre=False)
        seal(s, s.width - mm(52), yy - 20, "中国建设银行龙岩新罗支行", rng, radius=mm(15), inner="电子回单专用章")
        s.text(mm(18), yy + 14, f"打印时间：{pay:%Y-%m-%d}　打印次数：1　验证码：{rng.randint(10**7, 10**8 - 1)}", _sans(22))
        y = yy + mm(30)
        s.line(mm(10), y - mm(12), s.width - mm(10), y - mm(12), width=1, fill=(160, 160, 160))
    return [s]


# ------------------------------------------------------------------ the court's window forms, filled by hand


def _clue_form(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The clue form downloaded from the e-filing platform, typed in by the lawyer, printed with the platform's mark."""
    s = Sheet()
    s.centred(mm(24), "被执行人财产线索", _hei(56), spacing=4)
    s.text(mm(20), mm(24) + 90, f"提交人：{c.agent}　提交时间：{d:%Y-%m-%d}　关联案件：{_basis_name(c)}", _sans(26))
    w = s.width - mm(40)
    r = c.respondent
    if _tale(c) == "loader":
        clues = [("动产", f"龙工{c.extra['model']}型装载机一台，出厂编号{c.extra['serial']}，现在永定区湖坑镇采石场作业"),
                 ("银行账户", f"{c.extra['r_bank']}，账号{c.extra['r_acct']}"), ("其他", "被执行人在永定区承接土方工程，有应收工程款")]
    elif _tale(c) == "homestay":
        clues = [("经营场所", f"永定区湖坑镇{c.extra['inn']}（租赁土楼经营）"), ("银行账户", "不详"),
                 ("其他", "客栈在网络平台上的经营收入")]
    else:
        clues = [("农产品", "被执行人在漳平市南洋镇经营茶园约三十亩，春茶在四月上市"), ("银行账户", "不详"),
                 ("不动产", "漳平市南洋镇自建房一幢（未办证）")]
    rows: list[tuple[float, list[str]]] = [(70, ["被执行人", r.name, "证照号码", r.id_number]),
                                           (70, ["财产类型", "财产线索描述"])]
    rows += [(150, [k, v]) for k, v in clues]
    grid(s, mm(20), mm(24) + 150, [w * 0.18, w * 0.32, w * 0.18, w * 0.32], rows, _sans(30), stroke=1)
    s.text(mm(20), mm(24) + 150 + 140 + 450 + 40, "申请人承诺：以上线索真实，如有不实愿承担相应法律责任。", _sans(30))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """新罗法院 window forms: printed in the court's 宋体, filled in ballpoint."""
    s = Sheet()
    w = s.width - LEFT - RIGHT
    a, r = c.applicant, c.respondent
    title = {"payment_account_confirmation": "申请执行人收取执行款账户确认书",
             "service_address_confirmation": "送达地址确认书", "property_declaration_form": "被执行人财产申报表"}[code]
    s.centred(TOP - mm(8), COURT, song_bold(46), spacing=2)
    s.centred(TOP + 70, title, song_bold(58 if len(title) < 12 else 50), spacing=4)
    s.right(s.width - RIGHT, TOP + 160, f"案号：{c.number}", song(32))
    y0 = TOP + 220
    fills: list[tuple[int, str]] = []
    if code == "payment_account_confirmation":
        rows: list[tuple[float, list[str]]] = [(100, ["申请执行人", ""]), (100, ["账户名称", ""]), (100, ["开户银行", ""]),
                                               (100, ["银行账号", ""]), (100, ["联系电话", ""]), (320, ["申请执行人承诺", ""])]
        fills = [(0, a.name), (1, a.name), (2, str(c.extra["in_bank"])), (3, str(c.extra["in_acct"])), (4, a.phone)]
        note = ("本人（单位）确认上述账户为收取本案执行款的账户，法院将执行款转入该账户即视为已向本人（单位）支付。账户信息错误或变更"
                "未及时告知造成的不利后果由本人（单位）承担。")
        heights = [100, 100, 100, 100, 100, 320]
    elif code == "service_address_confirmation":
        rows = [(100, ["受送达人", ""]), (100, ["送达地址", ""]), (100, ["收件人", ""]), (100, ["联系电话", ""]),
                (100, ["电子送达", ""]), (320, ["告知事项", ""])]
        fills = [(0, a.name), (1, c.extra["firm_addr"]), (2, c.agent), (3, c.agent_phone), (4, f"同意　手机{c.agent_phone}")]
        note = ("1．受送达人提供的送达地址适用于执行程序；2．地址变更应及时书面告知法院，未告知的，按原地址送达视为送达；"
                "3．同意电子送达的，以短信、“闽执行”平台送达，送达信息到达受送达人特定系统之日为送达之日。")
        heights = [100, 100, 100, 100, 100, 320]
    else:
        rows = [(100, ["申报人", ""]), (100, ["银行存款", ""]), (100, ["房屋、土地", ""]), (100, ["车辆、机械", ""]),
                (100, ["收入情况", ""]), (100, ["债权、股权", ""]), (220, ["其他财产", ""])]
        stuff = {"loader": ("邮储、农商行两个卡，钱不多", "永定老家祖屋，兄弟共有", "龙工装载机一台（已被法院扣）", "挖土方，不固定"),
                 "homestay": ("公司账户没钱了", "无（土楼是租的）", "无", "客栈已停业，无收入"),
                 "kin": ("农商行卡，几千元", "南洋镇自建房（未办证）", "无", "茶园卖茶，一年几万")}[str(c.extra["tale"])]
        fills = [(0, r.name), (1, stuff[0]), (2, stuff[1]), (3, stuff[2]), (4, stuff[3]), (5, "无")]
        note = ""
        heights = [100, 100, 100, 100, 100, 100, 220]
    grid(s, LEFT, y0, [w * 0.26, w * 0.74], rows, song(34), stroke=2)
    tops = [y0 + sum(heights[:k]) for k in range(len(heights))]
    for k, text in fills:
        pen(s, LEFT + w * 0.26 + 20, tops[k] + 28, text, rng, size=38)
    if note:
        lay([s], [("f", note)], song(30), y=tops[-1] + 24, lh=52, x0=LEFT + w * 0.26 + 16, x1=s.width - RIGHT - 16)
    y = y0 + sum(heights) + 70
    signer = r.legal_rep if code == "property_declaration_form" and r.kind == "organisation" else (
        r.name if code == "property_declaration_form" else (c.agent if a.kind == "organisation" else a.name))
    s.text(LEFT, y, "签名（盖章）：", song(36))
    signature(s, LEFT + mm(45), y - 12, signer, rng)
    if code == "property_declaration_form":
        _thumb(s, LEFT + mm(95), y + 20, rng)
    day = c.day(11) if code == "property_declaration_form" else c.filed_on
    pen(s, s.width - RIGHT - mm(70), y, f"{day.year}年{day.month}月{day.day}日", rng, size=38)
    return [s]

