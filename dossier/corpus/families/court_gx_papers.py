"""What 信都法院执行局 receives, each in its maker's hand: the court's civil division's 民事判决书 and 生效证明书 in AR PL
明体 with "— n —" folios and the 核对无异 stamp; the guarantee company's own papers on its blue letterhead (a round
logo, the name over an English line, a double blue rule, the address in the footer; 文楷 body) — its application,
property clues, power of attorney, the 法定代表人身份证明书 and, in the case argued by its 公司律师, the company's letter
assigning him; the external firms' 所函 under a black letterhead in GB 宋; licence and card copies drawn as cards; the
window's forms filled in ballpoint; the 河北省非税收入 receipt in brown; the 查控 system's printout in mono; the bank's
freezing reply; the 市场监督管理局's 协助执行回执 with its registry grid; the 不动产登记中心's 查封登记回执; the
registry printouts of the three respondents; the parties' settlement; the bank's 电子回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_gx_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Pager,
    ballpoint,
    body,
    folios,
    form_title,
    grid,
    years_on,
)
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import printable, stamp

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
BLUE = (28, 72, 150)
BROWN = (150, 70, 40)
CAUSE = "追偿权纠纷"


def _made_on(c: CaseCtx, code: str, note: str = "") -> date:
    from dossier.corpus.families.court_gx import made_on

    return made_on(c, code, note)


def _guarantors(c: CaseCtx) -> list[Party]:
    found: list[Party] = c.extra["guarantors"]
    return found


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    note = served[0] if served else ""
    if code == "enforcement_basis":
        return _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "property_clue_form":
        return _clues(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _assignment(c, rng) if c.extra["firm_kind"] == "in_house" else _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        return _registry_prints(c, rng) if note == "respondent" else _applicant_papers(c, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code in ("payment_account_confirmation", "service_address_confirmation", "property_declaration_form"):
        return _window(code, c, rng)
    if code == "online_inquiry_result":
        return {"bank_reply": _bank_reply, "equity_reply": _equity_reply, "flat_reply": _flat_reply}.get(
            note, _inquiry)(c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    if code == "payment_voucher":
        return _slip(c, rng)
    raise KeyError(code)


def _person(p: Party) -> str:
    born = p.born or date(1975, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


# --- the civil division -------------------------------------------------------------------------------------------

def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 民事审判庭's judgment against the borrower and both counter-guarantors (普通程序, a panel of three)."""
    a, r = c.applicant, c.respondent
    g1, g2 = _guarantors(c)
    paid, loan = c.extra["paid"], c.extra["loan"]
    judged: date = c.extra["judged"]
    late = "第二百六十四条" if judged >= date(2024, 1, 1) else "第二百六十条"
    fee = c.extra["suit_fee"]
    story = (f"{num_date(c.extra['loan_day'])}，被告{r.name}与{c.extra['bank']}签订《{c.extra['contract']}》，借款"
             f"{loan:,.0f}元，期限一年。同日，原告与{c.extra['bank']}签订《保证合同》，为上述借款提供连带责任保证；原告与被告"
             f"{r.name}签订《委托保证合同》，约定原告代偿后有权向其追偿代偿款，并自代偿之日起按日万分之五计收资金占用费；被告"
             f"{g1.name}、{g2.name}分别与原告签订《反担保保证合同》，为被告{r.name}对原告的全部债务提供连带责任反担保保证。"
             f"借款到期后，被告{r.name}未按约还款，原告于{num_date(c.extra['paid_day'])}向{c.extra['bank']}代偿借款本息合计"
             f"{paid:,.2f}元。")
    paras = [
        ("h", f"原告：{a.name}，住所地{a.address}。"),
        ("h", f"法定代表人：{a.legal_rep}，{c.extra['app_title']}。"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}{'律师' if c.extra['firm_kind'] == 'firm' else '公司律师'}。"),
        ("h", f"被告：{r.name}，住所地{r.address}。"),
        ("h", f"法定代表人：{r.legal_rep}，执行董事兼经理。"),
        ("h", f"被告：{_person(g1)}"),
        ("h", f"被告：{_person(g2)}"),
        ("p", f"原告{a.name}与被告{r.name}、{g1.name}、{g2.name}{CAUSE}一案，本院于{cn_date(c.extra['civil_filed'])}立案后，"
              f"依法适用普通程序，于{cn_date(c.extra['heard'])}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}到庭参加诉讼，"
              "三被告经本院传票传唤，无正当理由未到庭参加诉讼，本院依法缺席审理。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.判令被告{r.name}偿还原告代偿款{paid:,.2f}元，并支付自代偿之日起按日万分之五"
              f"计算至实际清偿之日止的资金占用费；2.判令被告{g1.name}、{g2.name}对上述债务承担连带清偿责任；3.本案诉讼费、"
              f"保全费由三被告负担。事实和理由：{story}"),
        ("p", "三被告未作答辩，亦未提交证据。"),
        ("p", f"本院经审理认定事实如下：{story}上述事实，有借款合同、保证合同、委托保证合同、反担保保证合同、代偿通知书及"
              "银行代偿凭证等证据在卷佐证。"),
        ("p", "本院认为，原告作为保证人向债权人承担保证责任后，有权在其承担保证责任的范围内向债务人追偿。原告与被告"
              f"{r.name}约定的资金占用费标准未超过法律规定的限度，本院予以支持。被告{g1.name}、{g2.name}自愿为被告"
              f"{r.name}的债务向原告提供连带责任反担保保证，应当承担连带清偿责任，其承担责任后有权向被告{r.name}追偿。"
              "依照《中华人民共和国民法典》第三百八十七条第二款、第六百八十一条、第六百八十八条、第七百条，"
              "《中华人民共和国民事诉讼法》第一百四十七条的规定，判决如下："),
        ("p", f"一、被告{r.name}于本判决生效之日起十日内偿还原告{a.name}代偿款{paid:,.2f}元，并支付资金占用费"
              f"（以{paid:,.2f}元为基数，自{num_date(c.extra['paid_day'])}起按日万分之五计算至实际清偿之日止）；"),
        ("p", f"二、被告{g1.name}、{g2.name}对上述第一项债务承担连带清偿责任，其承担责任后，有权向被告{r.name}追偿。"),
        ("p", f"如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》{late}之规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", f"案件受理费{fee}元，保全费5000元，均由三被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于河北省"
              "邢台市中级人民法院。"),
    ]
    ming = font("ming", 41)
    s = Sheet()
    s.centred(TOP + 6, COURT, font("ming", 60), spacing=6)
    s.centred(TOP + 104, "民 事 判 决 书", font("serif_bold", 84), spacing=8)
    s.right(s.width - mm(28), TOP + 236, c.basis_number, ming)
    pg = Pager([s], TOP + 330, left=mm(31), right=mm(28), restart=mm(30))
    for kind, text in paras:
        if kind == "h":
            pg.hung(text, ming, 72)
        else:
            pg.para(text, ming, 72)
    pg.room(470)
    last, y = pg.s, pg.y + 60
    x = last.width - mm(100)
    for role, name in (("审 判 长", c.extra.setdefault("civil_judge", person_name(rng))), ("审 判 员", person_name(rng)),
                       ("人民陪审员", person_name(rng))):
        last.text(x, y, f"{role}　{name}", ming)
        y += 74
    when = cn_date(judged)
    last.text(x, y + 24, when, ming)
    seal(last, x + text_width(when, ming) / 2, y + 36, COURT, rng, radius=mm(20))
    last.text(x, y + 120, f"书 记 员　{person_name(rng)}", ming)
    stamp(last, mm(31), y + 60, ["本件与原本核对无异"], rng, size_mm=4.2, face="ming")
    return folios(pg.sheets, style="civil")


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP + 6, COURT, font("ming", 56), spacing=6)
    s.centred(TOP + 100, "生效证明书", font("serif_bold", 80), spacing=30)
    f = font("ming", 42)
    pg = Pager([s], TOP + 260, left=mm(31), right=mm(28))
    g1, g2 = _guarantors(c)
    pg.flush(f"{c.applicant.name}、{c.respondent.name}、{g1.name}、{g2.name}：", f, 76)
    pg.para(f"本院受理的原告{c.applicant.name}与被告{c.respondent.name}、{g1.name}、{g2.name}{CAUSE}一案，本院于"
            f"{cn_date(c.extra['judged'])}作出的{c.basis_number}民事判决书，已送达各方当事人。在法定上诉期限内，各方当事人"
            f"均未提起上诉，该判决已于{cn_date(c.basis_effective)}发生法律效力。", f, 76)
    pg.para("特此证明。", f, 76)
    y = pg.y + 120
    when = cn_date(c.basis_effective + timedelta(days=rng.randint(3, 9)))
    s.right(s.width - mm(40), y, "民事审判第二庭", f)
    s.right(s.width - mm(40), y + 80, when, f)
    seal(s, s.width - mm(40) - text_width(when, f) / 2, y + 70, COURT, rng, radius=mm(20))
    s.text(mm(31), y + 240, f"经办人：{c.extra.get('civil_judge') or person_name(rng)}", font("ming", 36))
    return [s]


# --- the guarantee company ------------------------------------------------------------------------------------------

def _letterhead(s: Sheet, c: CaseCtx) -> float:
    """The guarantee company's letterhead: a round logo, its name in blue bold Sans over an English line, a double rule;
    the footer with address, telephone and web. Returns the y under the rule."""
    a = c.applicant
    shunde = "顺德" in a.name
    x = LEFT - mm(4)
    d = s.draw
    d.ellipse((x, mm(12), x + mm(22), mm(34)), outline=BLUE, width=6)
    d.ellipse((x + mm(5), mm(17), x + mm(17), mm(29)), fill=BLUE)
    s.text(x + mm(7.3), mm(18.5), "顺" if shunde else "融", font("sans_bold", 56), fill=(255, 255, 255), record=False)
    s.text(x + mm(28), mm(13), a.name, font("sans_bold", 58), fill=BLUE)
    eng = "XINGTAI SHUNDE FINANCING GUARANTEE CO., LTD." if shunde else "XINGTAI RONGXIN FINANCING GUARANTEE CO., LTD."
    s.text(x + mm(28), mm(26), eng, font("sans", 26), fill=BLUE)
    s.line(LEFT - mm(6), mm(37), s.width - RIGHT + mm(6), mm(37), width=6, fill=BLUE)
    s.line(LEFT - mm(6), mm(38.8), s.width - RIGHT + mm(6), mm(38.8), width=2, fill=BLUE)
    foot = s.height - mm(16)
    s.line(LEFT - mm(6), foot - mm(3), s.width - RIGHT + mm(6), foot - mm(3), width=2, fill=BLUE)
    s.text(LEFT - mm(6), foot, f"地址：{a.address}　电话：{a.phone}　网址：{c.extra['app_web']}", font("sans", 24), fill=BLUE)
    return float(mm(50))


def _company_seal(s: Sheet, c: CaseCtx, x: float, y: float, rng: random.Random) -> None:
    seal(s, x, y, c.applicant.name, rng, radius=mm(20))


def _wk(size: int = 42) -> Font:
    return font("wenkai", size)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    g1, g2 = _guarantors(c)
    in_house = c.extra["firm_kind"] == "in_house"
    s = Sheet()
    if in_house:
        y = _letterhead(s, c) + 20
        s.centred(y, "强制执行申请书", font("sans_bold", 66), spacing=12)
        f = _wk(42)
        lead = 72.0
    else:
        y = float(TOP)
        s.centred(y, "强制执行申请书", font("hei", 72), spacing=16)
        f = font("song_gb", 42)
        lead = 74.0
    pg = Pager([s], y + 150, left=mm(27), right=mm(24), foot=mm(30), restart=mm(28))
    title = "公司律师" if in_house else "律师"
    rows: list[tuple[str, str]] = [
        ("h", f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}。"),
        ("h", f"法定代表人：{a.legal_rep}，{c.extra['app_title']}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}{title}，电话{c.agent_phone}。"),
        ("h", f"被执行人一：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
        ("h", f"法定代表人：{r.legal_rep}。"),
        ("h", f"被执行人二：{_person(g1)}"),
        ("h", f"被执行人三：{_person(g2)}"),
        ("t", "执行请求："),
        ("p", f"一、依法强制执行{COURT}{c.basis_number}民事判决书，责令被执行人一偿还代偿款{c.extra['paid']:,.2f}元及资金"
              f"占用费（暂计至{num_date(c.filed_on)}为{c.extra['occupancy']:,.2f}元），合计{money(c.amount)}，被执行人二、"
              "被执行人三承担连带清偿责任；"),
        ("p", "二、责令被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "三、对被执行人采取限制消费措施，并将其纳入失信被执行人名单；"),
        ("p", "四、本案执行费用由被执行人负担。"),
        ("t", "事实与理由："),
        ("p", f"申请执行人与被执行人{CAUSE}一案，贵院作出{c.basis_number}民事判决书，该判决已于{num_date(c.basis_effective)}"
              "发生法律效力。申请执行人作为担保人为被执行人一代偿银行贷款后，多次催收，被执行人至今未履行判决确定的义务。"
              f"据申请执行人了解，被执行人一持有{c.extra['sub']}的股权，被执行人二名下有住房一套。为维护申请执行人合法权益，"
              "依据《中华人民共和国民事诉讼法》第二百四十七条的规定，特申请强制执行。"),
        ("t", "此致"), ("t", COURT),
    ]
    for kind, text in rows:
        text = printable("song_gb", text) if not in_house else text
        if kind == "t":
            pg.flush(text, f, lead)
        elif kind == "h":
            pg.hung(text, f, lead)
        else:
            pg.para(text, f, lead)
    pg.room(300)
    last, y = pg.s, pg.y + 40
    last.text(last.width - mm(120), y, "申请执行人（盖章）：", f)
    _company_seal(last, c, last.width - mm(55), y + 40, rng)
    hand(last, last.width - mm(110), y + 90, f"法定代表人：{a.legal_rep}", rng, size=44, ink=INK)
    hand(last, last.width - mm(95), y + 170, num_date(c.filed_on - timedelta(days=rng.randint(1, 4))), rng, size=44, ink=INK)
    return folios(pg.sheets, left=mm(27), above=25 if in_house else 15)


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    g1, g2 = _guarantors(c)
    s = Sheet()
    y = _letterhead(s, c) + 20
    s.centred(y, "被执行人财产线索", font("sans_bold", 60), spacing=8)
    s.text(LEFT, y + 100, f"致：{COURT}执行局　　案号：{c.number}", _wk(36))
    w = s.width - LEFT - RIGHT
    rows = [["序号", "被执行人", "财产类别", "财产线索及所在", "线索来源"],
            ["1", r.name, "银行存款", f"{c.extra['bank']}，账号{c.extra['r_acct']}", "贷款档案"],
            ["2", r.name, "股权", f"持有{c.extra['sub']}{c.extra['stake']}%股权，登记机关{c.extra['sub_reg']}", "企业信用信息公示系统"],
            ["3", g1.name, "不动产", f"{c.extra['flat']}，{c.extra['flat_cert']}", "反担保资料"],
            ["4", g2.name, "收入", "在邢台市区个体经营，收入情况不详", "走访了解"],
            ["5", r.name, "动产", f"厂区内{c.extra['goods']}生产设备、库存产品", "贷后检查"]]
    grid(s, LEFT, y + 160, [mm(14), mm(40), mm(24), w - mm(108), mm(30)], rows, _wk(30),
         heights=[mm(12), *([mm(26)] * 5)], labels=(0,), ink=(20, 40, 90), label_font=font("sans_bold", 30))
    yy = y + 160 + mm(12) + 5 * mm(26) + 60
    s.text(LEFT, yy, "以上线索仅供法院调查参考，申请执行人对线索的真实性负责。", _wk(34))
    s.right(s.width - RIGHT - mm(10), yy + 130, num_date(c.filed_on - timedelta(days=2)), _wk(40))
    _company_seal(s, c, s.width - RIGHT - mm(40), yy + 130, rng)
    return [s]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    y = _letterhead(s, c) + 30
    s.centred(y, "授 权 委 托 书", font("sans_bold", 66), spacing=8)
    pg = Pager([s], y + 160, left=mm(27), right=mm(24))
    f = _wk(42)
    in_house = c.extra["firm_kind"] == "in_house"
    who = (f"{c.agent}，本公司法律合规部公司律师，公司律师证号{c.extra['licence']}，电话{c.agent_phone}。" if in_house
           else f"{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，电话{c.agent_phone}。")
    pg.hung(f"委托单位：{a.name}", f, 72)
    pg.hung(f"法定代表人：{a.legal_rep}，{c.extra['app_title']}。", f, 72)
    pg.hung(f"受委托人：{who}", f, 72)
    pg.para(f"现委托上列受委托人在我公司申请执行{c.respondent.name}、{_guarantors(c)[0].name}、{_guarantors(c)[1].name}"
            f"{CAUSE}一案中，作为我公司的委托代理人。", f, 72)
    pg.para("代理权限：特别授权，包括代为申请强制执行，提供财产线索，申请查封、冻结、拍卖，代为参加执行谈话、和解并签署"
            "和解协议，代为签收法律文书，代为确认及领取执行款，代为同意终结本次执行程序。", f, 72)
    pg.para("委托期限：自本委托书签发之日起至本案执行终结之日止。", f, 72)
    y = pg.y + 80
    s.text(mm(27), y, "委托单位（盖章）", f)
    _company_seal(s, c, mm(70), y + 120, rng)
    s.text(s.width / 2 + mm(6), y, "法定代表人（签字）", f)
    hand(s, s.width / 2 + mm(20), y + 80, a.legal_rep, rng, size=60, ink=INK)
    s.text(s.width / 2 + mm(6), y + 190, "受委托人（签字）", f)
    hand(s, s.width / 2 + mm(20), y + 270, c.agent, rng, size=58, ink=INK)
    s.right(s.width - RIGHT, y + 380, num_date(c.filed_on - timedelta(days=rng.randint(3, 6))), f)
    return [s]


def _assignment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The company's own letter putting its 公司律师 on the case (what a firm's 所函 is for an outside lawyer)."""
    s = Sheet()
    y = _letterhead(s, c) + 10
    no = f"顺担法函〔{c.filed_on.year}〕{rng.randint(3, 40)}号"
    s.right(s.width - RIGHT, y, no, _wk(36))
    s.centred(y + 80, "公司律师指派函", font("sans_bold", 64), spacing=10)
    pg = Pager([s], y + 220, left=mm(27), right=mm(24))
    f = _wk(42)
    pg.flush(f"{COURT}：", f, 74)
    pg.para(f"我公司申请执行{c.respondent.name}、{_guarantors(c)[0].name}、{_guarantors(c)[1].name}{CAUSE}一案，现指派我公司"
            f"法律合规部公司律师{c.agent}担任执行代理人，代为办理申请执行及执行程序中的相关事务。", f, 74)
    pg.para(f"{c.agent}系经河北省司法厅核准的公司律师，律师证号{c.extra['licence']}，仅代理本公司作为当事人的案件，"
            "不向社会提供有偿法律服务。", f, 74)
    pg.para("特此函告。", f, 74)
    pg.para("附：授权委托书一份；公司律师证复印件一份。", f, 74)
    y = pg.y + 120
    s.right(s.width - RIGHT - mm(10), y, f"{c.applicant.name}法律合规部", f)
    s.right(s.width - RIGHT - mm(10), y + 80, num_date(c.filed_on - timedelta(days=3)), f)
    _company_seal(s, c, s.width - RIGHT - mm(50), y + 60, rng)
    return [s]


def _applicant_papers(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The company's business licence copy, and its 法定代表人身份证明书 on the letterhead (a document of its own)."""
    a = c.applicant
    s = Sheet()
    x0, y0, x1, y1 = mm(16), mm(30), s.width - mm(16), mm(200)
    frame = (170, 120, 70)
    s.box(x0, y0, x1, y1, width=9, outline=frame)
    s.box(x0 + 16, y0 + 16, x1 - 16, y1 - 16, width=2, outline=frame)
    s.centred(y0 + mm(12), "营 业 执 照", font("serif_bold", 100), spacing=20)
    s.centred(y0 + mm(32), "（副本）", font("serif", 38))
    s.text(x0 + mm(10), y0 + mm(46), f"统一社会信用代码　{a.id_number}", font("serif", 36))
    f = font("serif", 36)
    rows = [("名　　称", a.name), ("类　　型", "其他有限责任公司"), ("法定代表人", a.legal_rep),
            ("经营范围", "借款类担保业务、发行债券担保业务和其他融资担保业务；诉讼保全担保、履约担保；"
                         "与担保业务有关的咨询。"),
            ("注册资本", f"{rng.choice([20000, 30000, 50000])}万元"), ("成立日期", f"{rng.randint(2009, 2016)}年"
                                                                        f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("住　　所", a.address)]
    ty = y0 + mm(60)
    for label, value in rows:
        s.text(x0 + mm(12), ty, label, f)
        for k in range(0, len(value), 24):
            s.text(x0 + mm(46), ty, value[k:k + 24], f)
            ty += mm(8)
        ty += mm(3)
    s.text(x1 - mm(90), y1 - mm(40), "登记机关", f)
    reg = "邢台市市场监督管理局"
    seal(s, x1 - mm(55), y1 - mm(36), reg, rng, radius=mm(19))
    s.text(x1 - mm(92), y1 - mm(24), f"{c.filed_on.year - 2}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    s.text(x0 + mm(10), y1 + mm(12), f"融资担保业务经营许可证编号：{c.extra['permit']}", font("serif", 32))
    hand(s, mm(26), y1 + mm(30), "与原件一致", rng, size=56, ink=INK)
    _company_seal(s, c, mm(120), y1 + mm(40), rng)
    t = Sheet()
    y = _letterhead(t, c) + 40
    t.centred(y, "法定代表人身份证明书", font("sans_bold", 64), spacing=8)
    pg = Pager([t], y + 170, left=mm(27), right=mm(24))
    f2 = _wk(44)
    pg.para(f"{a.legal_rep}在我公司任{c.extra['app_title']}职务，是我公司的法定代表人。", f2, 80)
    pg.para("特此证明。", f2, 80)
    pg.y += 40
    pg.flush(f"附：法定代表人身份证号码　{c.extra.setdefault('app_rep_id', _rep_id(c, rng))}", f2, 80)
    pg.flush(f"　　法定代表人联系电话　{a.phone}", f2, 80)
    y = pg.y + 120
    t.right(t.width - RIGHT - mm(10), y, a.name, f2)
    t.right(t.width - RIGHT - mm(10), y + 84, cn_date(c.filed_on - timedelta(days=rng.randint(2, 6))), f2)
    _company_seal(t, c, t.width - RIGHT - mm(50), y + 60, rng)
    t.starts_document = True
    return [s, t]


def _rep_id(c: CaseCtx, rng: random.Random) -> str:
    from dossier.corpus.content import id_number

    return id_number(rng, "130502")


def _registry_prints(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The borrower's page printed from 国家企业信用信息公示系统, and a 常住人口信息 printout for each counter-guarantor."""
    r = c.respondent
    s = Sheet()
    s.draw.rectangle((0, 0, s.width, mm(20)), fill=(190, 30, 40))
    s.text(mm(14), mm(5), "国家企业信用信息公示系统", font("sans_bold", 50), fill=(255, 255, 255))
    s.text(mm(14), mm(26), f"打印时间：{c.filed_on:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", font("sans", 26))
    s.text(mm(14), mm(38), r.name, font("sans_bold", 54))
    s.text(mm(14), mm(52), "存续（在营、开业、在册）", font("sans", 30), fill=(40, 140, 60))
    w = s.width - mm(28)
    rows = [["统一社会信用代码", r.id_number, "企业名称", r.name], ["类型", "有限责任公司（自然人投资或控股）", "法定代表人", r.legal_rep],
            ["注册资本", f"{rng.choice([500, 800, 1000])}万元人民币", "成立日期", f"{rng.randint(2006, 2015)}年{rng.randint(1, 12)}月"
                                                                            f"{rng.randint(1, 28)}日"],
            ["登记机关", "邢台市信都区市场监督管理局", "登记状态", "存续"], ["住所", r.address],
            ["对外投资", f"{c.extra['sub']}（持股{c.extra['stake']}%）"]]
    grid(s, mm(14), mm(64), [mm(38), mm(56), mm(30), w - mm(124)], rows, font("sans", 28), heights=mm(14), labels=(0, 2),
         outer=2, inner=1, ink=(110, 110, 110), label_font=font("sans", 28))
    s.text(mm(14), s.height - mm(18), "http://www.gsxt.gov.cn　　第1页", font("sans", 24))
    out = [s]
    for p in _guarantors(c):
        t = Sheet()
        t.centred(mm(24), "常住人口信息", font("microhei", 58), spacing=6)
        t.text(LEFT, mm(40), f"查询单位：{COURT}　　查询人：{c.officer}　　查询时间：{c.day(2):%Y-%m-%d}", font("microhei", 28))
        born = p.born or date(1975, 1, 1)
        rows = [["姓名", p.name, "性别", p.sex], ["民族", "汉族", "出生日期", f"{born:%Y-%m-%d}"],
                ["公民身份号码", p.id_number], ["户籍地址", p.address], ["服务处所", c.respondent.name if p is _guarantors(c)[0]
                                                                        else "个体"],
                ["婚姻状况", "已婚", "文化程度", rng.choice(["大学本科", "大学专科", "高中"])], ["户籍登记机关", "邢台市公安局信都分局"]]
        tw = t.width - 2 * LEFT
        grid(t, LEFT, mm(50), [mm(36), mm(54), mm(30), tw - mm(120)], rows, font("microhei", 32), heights=mm(16),
             labels=(0, 2), outer=3, label_font=font("microhei", 30))
        t.draw.rectangle((t.width - LEFT - mm(34), mm(190), t.width - LEFT, mm(232)), fill=(170, 170, 170))
        t.text(LEFT, mm(200), "（信息来源：全国人口基础信息库，仅限执行查询使用）", font("microhei", 28))
        t.starts_document = True
        out.append(t)
    return out


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 (outside firm) or 公司律师证 (in-house) copied open: photo leaf and data leaf side by side."""
    in_house = c.extra["firm_kind"] == "in_house"
    s = Sheet()
    x0, y0 = mm(16), mm(44)
    lw, lh = mm(86), mm(122)
    cover = (205, 205, 200)
    for k in range(2):
        x = x0 + k * (lw + mm(6))
        s.draw.rectangle((x, y0, x + lw, y0 + lh), fill=cover, outline=(60, 60, 60), width=3)
    s.draw.rectangle((x0 + mm(24), y0 + mm(14), x0 + mm(62), y0 + mm(62)), fill=(140, 140, 140))
    f = font("sans", 32)
    title = "公司律师证" if in_house else "律师执业证"
    s.centred(y0 + mm(72), "中华人民共和国", font("sans_bold", 36), x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(84), title, font("sans_bold", 48), x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(104), "河北省司法厅", f, x0=x0, x1=x0 + lw)
    x = x0 + lw + mm(6)
    rows = [("持 证 人", c.agent), ("性　　别", rng.choice("男女")),
            ("执业机构" if not in_house else "任职单位", c.firm if not in_house else c.applicant.name),
            ("执业证类别" if not in_house else "证书类别", "专职律师" if not in_house else "公司律师"),
            ("执业证号" if not in_house else "证　　号", c.extra["licence"]), ("发证机关", "河北省司法厅"),
            ("发证日期", f"{rng.randint(2016, 2022)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    ty = y0 + mm(12)
    for label, value in rows:
        s.text(x + mm(5), ty, f"{label}：", f)
        for k in range(0, len(value), 10):
            s.text(x + mm(33), ty, value[k:k + 10], f)
            ty += mm(7)
        ty += mm(6)
    seal(s, x + lw - mm(28), y0 + lh - mm(22), "河北省司法厅", rng, radius=mm(16))
    s.centred(y0 + lh + mm(12), f"{title}（复印件）", font("sans", 36))
    hand(s, mm(30), y0 + lh + mm(32), "此件与原件核对一致", rng, size=54, ink=INK)
    hand(s, mm(130), y0 + lh + mm(48), c.agent, rng, size=54, ink=INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """An outside firm's 所函: black letterhead in GB 宋, a grey bar, the number at the left."""
    s = Sheet()
    song = font("song_gb", 42)
    s.centred(TOP - 14, c.firm, font("song_gb", 78), spacing=10)
    s.draw.rectangle((LEFT - mm(4), TOP + 86, s.width - RIGHT + mm(4), TOP + 98), fill=(120, 120, 120))
    s.text(LEFT, TOP + 130, f"冀守律函字〔{c.filed_on.year}〕第{rng.randint(10, 320)}号" if "守敬" in c.firm
           else f"冀邢州律函〔{c.filed_on.year}〕{rng.randint(10, 320)}号", song)
    s.centred(TOP + 230, "律 师 事 务 所 函", font("hei", 62), spacing=6)
    pg = Pager([s], TOP + 360, left=mm(28), right=mm(26))
    pg.flush(f"{COURT}执行局：", song, 76)
    pg.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其申请执行{c.respondent.name}、"
            f"{_guarantors(c)[0].name}、{_guarantors(c)[1].name}{CAUSE}一案的代理人。", song, 76)
    pg.para("特此函告。", song, 76)
    pg.flush(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", font("song_gb", 34), 60)
    pg.flush(f"本所地址：{c.extra['firm_addr']}", font("song_gb", 34), 60)
    y = pg.y + 130
    when = printable("song_gb", cn_date(c.filed_on - timedelta(days=rng.randint(2, 5))))
    s.right(s.width - RIGHT - mm(8), y, when, song)
    seal(s, s.width - RIGHT - mm(8) - text_width(when, song) / 2, y - 10, c.firm, rng, radius=mm(20))
    return [s]


# --- money and the window's forms ----------------------------------------------------------------------------------

def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = font("song_gb", 32)
    s.centred(mm(20), "河北省非税收入电子缴款书", font("song_gb", 54), fill=BROWN, spacing=4)
    s.text(mm(16), mm(36), f"票据代码：13010224　　票据号码：{rng.randint(10**9, 10**10 - 1)}　　校验码：{rng.randint(100000, 999999)}",
           f, fill=BROWN)
    s.text(mm(16), mm(43), f"交款人统一社会信用代码：{c.applicant.id_number}　　开票日期：{c.filed_on:%Y-%m-%d}", f, fill=BROWN)
    fee: Decimal = c.extra["fee"]
    w = s.width - mm(32)
    rows = [["交款人", c.applicant.name], ["项目编码", "项目名称", "单位", "数量", "金额（元）"],
            ["103040101", "申请执行费", "件", "1", f"{fee:,.2f}"],
            ["金额合计（大写）", money_caps(fee), "（小写）", f"{fee:,.2f}"],
            ["执收单位", COURT], ["备注", f"案号{c.number}"]]
    grid(s, mm(16), mm(50), [mm(36), mm(66), mm(22), mm(22), w - mm(146)], rows, f, heights=mm(13), labels=(0,),
         outer=3, inner=1, ink=BROWN, label_font=font("song_gb", 30))
    s.text(mm(16), mm(132), f"收款单位（章）　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f, fill=BROWN)
    seal(s, s.width - mm(56), mm(124), "河北省财政厅", rng, radius=mm(16), inner="票据监制章")
    return [s]


def _window(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - LEFT - RIGHT
    if code == "payment_account_confirmation":
        y = form_title(s, "执行案款收款账户确认书")
        rows = [("案号", c.number), ("申请执行人", a.name), ("账户名称", a.name), ("开户银行", c.extra["in_bank"]),
                ("银行账号", c.extra["in_acct"]), ("联系人及电话", f"{c.agent}　{c.agent_phone}")]
        note = ("本单位确认上述账户为接收本案执行款的账户。账户信息有误或变更未及时书面告知，致使执行款发放错误或迟延的，"
                "后果由本单位承担。")
        who, day = c.agent, c.filed_on
    elif code == "service_address_confirmation":
        y = form_title(s, "送达地址确认书")
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("代收人", c.agent),
                ("手机号码", c.agent_phone), ("电子送达", f"同意，接收号码{c.agent_phone}")]
        note = ("告知：受送达人应如实提供送达地址；地址变更应及时书面告知本院。因地址不准确或变更未告知，致使文书未能被实际"
                "接收的，文书退回之日视为送达之日。")
        who, day = c.agent, c.filed_on
    else:
        g1, g2 = _guarantors(c)
        y = form_title(s, "财产申报表")
        stock = f"持有{c.extra['sub']}{c.extra['stake']}%股权"
        rows = [("案号", c.number), ("申报人", f"{r.name}（法定代表人{r.legal_rep}）；{g1.name}；{g2.name}"),
                ("银行存款", f"公司基本户{c.extra['bank']}，余额约{c.extra['frozen']:,.0f}元"), ("股权投资", stock),
                ("不动产", f"{g1.name}名下住房一套，{c.extra['flat']}" + ("，已抵押" if c.extra["tale"] == "pram" else "")),
                ("车辆", "无"), ("收入", "公司停产，无收入" if c.extra["tale"] == "pram" else "公司经营困难，收入不稳定"),
                ("其他", "无")]
        note = "申报人保证以上申报内容真实、完整，如有虚假或遗漏，愿意承担法律责任。"
        who, day = r.legal_rep, _made_on(c, "property_declaration_form")
    hs = [mm(26) if len(v) > 24 else mm(16) for _, v in rows]
    boxes = grid(s, LEFT, y, [mm(42), w - mm(42)], [[label, ""] for label, _ in rows], body(36), heights=hs)
    for (_label, value), b in zip(rows, boxes, strict=True):
        ballpoint(s, b[1][0] + mm(4), b[1][1] + mm(3.5), value, rng, size=38, per_line=24, lead=mm(8))
    pg = Pager([s], boxes[-1][0][3] + 40)
    pg.para(note, body(32), 52)
    y = pg.y + 60
    s.text(s.width - RIGHT - mm(118), y, "确认人（签名或盖章）：", body(36))
    ballpoint(s, s.width - RIGHT - mm(40), y - 10, who, rng, size=52)
    ballpoint(s, s.width - RIGHT - mm(72), y + 80, num_date(day), rng, size=42)
    if code == "payment_account_confirmation":
        seal(s, s.width - RIGHT - mm(44), y + 40, a.name, rng, radius=mm(19))
    if code == "property_declaration_form":
        for k, g in enumerate(_guarantors(c)):
            ballpoint(s, LEFT + k * mm(50), y + 150, g.name, rng, size=48)
            s.draw.ellipse((LEFT + k * mm(50) + mm(30), y + 160, LEFT + k * mm(50) + mm(30) + 34, y + 204),
                           fill=(200, 40, 40))
    return [s]


# --- the registries' and the bank's answers ------------------------------------------------------------------------

def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 网络执行查控系统's 总对总 feedback printout, one page per respondent."""
    d = _made_on(c, "online_inquiry_result")
    mono = font("mono", 27)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("邢台银行", "存款"), ("河北省农村信用社", "存款"),
             ("支付宝", "网络资金"), ("财付通", "网络资金"), ("公安部", "车辆"), ("自然资源部", "不动产"),
             ("中国结算", "证券"), ("市场监管总局", "股权"), ("住建部", "公积金")]
    out: list[Sheet] = []
    for k, p in enumerate([c.respondent, *_guarantors(c)]):
        s = Sheet()
        s.text(mm(14), mm(12), "网络执行查控系统 — 查询结果（总对总）", font("sans_bold", 42))
        s.text(mm(14), mm(24), f"案号:{c.number}  承办:{c.officer}  发起:{d:%Y-%m-%d}", mono)
        s.text(mm(14), mm(30), f"被查询人:{p.name}  证件号:{p.id_number}", mono)
        rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈时间"]]
        for i, (unit, kind) in enumerate(units, 1):
            if p is c.respondent and unit == c.extra["bank"][:4] and kind == "存款":
                res = f"账户1个 余额{c.extra['frozen']:,.2f}"
            elif p is c.respondent and kind == "股权":
                res = f"{c.extra['sub'][:8]}… {c.extra['stake']}%"
            elif p is _guarantors(c)[0] and kind == "不动产":
                res = "住宅1处 " + ("有抵押" if c.extra["tale"] == "pram" else "无抵押")
            elif kind == "存款" and rng.random() < 0.3:
                res = f"余额{rng.randint(0, 300)}.{rng.randint(10, 99)}"
            else:
                res = "未查询到财产"
            rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%m-%d}"])
        grid(s, mm(14), mm(38), [mm(14), mm(48), mm(26), mm(62), mm(30)], rows, mono, heights=mm(10.5), labels=(),
             outer=1, inner=1, label_font=mono)
        s.text(mm(14), s.height - mm(16), f"打印:{c.clerk} {d + timedelta(days=3):%Y-%m-%d}", mono)
        s.right(s.width - mm(14), s.height - mm(16), f"{k + 1}/3", mono)
        s.page_of = (k + 1, 3)
        out.append(s)
    return out


def _bank_reply(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    d = _made_on(c, "online_inquiry_result", "bank_reply")
    s = Sheet()
    sans = font("sans", 34)
    s.centred(mm(24), c.extra["bank"], font("sans_bold", 48))
    s.centred(mm(38), "协助冻结存款回执", font("sans_bold", 60), spacing=6)
    s.text(mm(22), mm(56), f"{COURT}：", sans)
    w = s.width - mm(44)
    rows = [["来文文号", c.number.replace("号", "号之一")], ["被冻结单位/个人", c.respondent.name],
            ["账号", c.extra["r_acct"]], ["账户余额（元）", f"{c.extra['frozen']:,.2f}"],
            ["实际冻结金额（元）", f"{c.extra['frozen']:,.2f}"], ["冻结起止日", f"{d:%Y年%m月%d日}至{years_on(d, 1):%Y年%m月%d日}"],
            ["冻结顺位", "第一顺位"], ["备注", "账户内资金不足冻结数额，对后续入账资金继续冻结至足额。"]]
    grid(s, mm(22), mm(66), [mm(52), w - mm(52)], rows, sans, heights=mm(15), labels=(0,), outer=2, inner=1,
         label_font=font("sans_bold", 32))
    y = mm(66) + 8 * mm(15) + mm(20)
    s.text(mm(22), y, f"经办人：{person_name(rng)}　　复核：{person_name(rng)}　　电话：0319-{rng.randint(2000000, 8999999)}", sans)
    s.right(s.width - mm(30), y + mm(30), f"{d.year}年{d.month}月{d.day}日", sans)
    seal(s, s.width - mm(62), y + mm(26), c.extra["bank"].replace("股份有限公司", ""), rng, radius=mm(18), inner="业务专用章")
    return [s]


def _equity_reply(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 市场监督管理局's 协助执行回执: its own printed form, filled by the registration section, sealed."""
    d = _made_on(c, "online_inquiry_result", "equity_reply")
    reg = c.extra["sub_reg"]
    s = Sheet()
    mh = font("microhei", 34)
    s.centred(mm(22), reg, font("microhei", 52), spacing=4)
    s.centred(mm(36), "协助执行回执", font("microhei", 68), spacing=16)
    s.text(mm(20), mm(54), f"编号：{reg[:3]}市监协执〔{d.year}〕{rng.randint(8, 96)}号", mh)
    w = s.width - mm(40)
    start = _made_on(c, "assistance_notice", "equity")
    rows = [["执行法院", COURT], ["协助执行通知书文号", c.number.replace("号", "号之二")],
            ["执行裁定书文号", c.number], ["被执行人", c.respondent.name],
            ["被执行人证照号码", c.respondent.id_number], ["股权所在市场主体", c.extra["sub"]],
            ["市场主体统一社会信用代码", c.extra["sub_code"]],
            ["冻结股权数额", f"{c.extra['stake']}%（认缴出资{Decimal(c.extra['sub_capital']) * c.extra['stake'] / 100:g}万元）"],
            ["冻结期限", f"{start:%Y年%m月%d日}至{years_on(start, 3) - timedelta(days=1):%Y年%m月%d日}"],
            ["协助执行结果", ""], ["经办人", ""]]
    hs = [mm(14)] * 9 + [mm(40), mm(16)]
    boxes = grid(s, mm(20), mm(64), [mm(62), w - mm(62)], rows, mh, heights=hs, labels=(0,), outer=3, inner=1,
                 label_font=font("microhei", 32))
    res = boxes[9][1]
    ballpoint(s, res[0] + mm(4), res[1] + mm(4), f"已于{d.month}月{d.day}日办理股权冻结，并在国家企业信用信息公示系统公示。"
              "冻结期间不予办理该股权变更、出质登记。", rng, size=38, per_line=18, lead=mm(8), ink=(20, 20, 20))
    ballpoint(s, boxes[10][1][0] + mm(6), boxes[10][1][1] + mm(2), f"{person_name(rng)}　{person_name(rng)}", rng, size=40,
              ink=(20, 20, 20))
    y = boxes[-1][1][3] + mm(22)
    s.right(s.width - mm(30), y, f"{d.year}年{d.month}月{d.day}日", mh)
    seal(s, s.width - mm(64), y, reg, rng, radius=mm(19), inner="登记专用章")
    s.text(mm(20), s.height - mm(24), "本回执一式两份，一份交执行法院，一份由登记机关存档。", font("microhei", 28))
    return [s]


def _flat_reply(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    d = _made_on(c, "online_inquiry_result", "flat_reply")
    g1 = _guarantors(c)[0]
    s = Sheet()
    f = font("sans", 34)
    s.centred(mm(24), "邢台市不动产登记中心", font("sans_bold", 50), spacing=6)
    s.centred(mm(38), "查封登记回执", font("sans_bold", 62), spacing=10)
    s.text(mm(22), mm(56), f"业务号：{d:%Y%m%d}{rng.randint(10**5, 10**6 - 1)}", f)
    w = s.width - mm(44)
    pre = ("存在抵押登记：抵押权人" + c.extra["bank"].split("股份")[0] + f"，被担保债权数额{c.extra['mortgage']:,.0f}元"
           if c.extra["tale"] == "pram" else "无抵押登记，无在先查封")
    rows = [["查封机关", COURT], ["查封文书", c.number.replace("号", "号之三")], ["权利人", g1.name],
            ["证件号码", g1.id_number], ["不动产坐落", c.extra["flat"]], ["不动产权证号", c.extra["flat_cert"]],
            ["建筑面积", f"{c.extra['flat_area']}㎡"], ["查封类型", "查封"], ["登记时间", f"{d:%Y-%m-%d}"],
            ["权利状况", pre]]
    grid(s, mm(22), mm(66), [mm(44), w - mm(44)], rows, f, heights=[mm(14)] * 9 + [mm(24)], labels=(0,), outer=2,
         inner=1, label_font=font("sans_bold", 32))
    y = mm(66) + 9 * mm(14) + mm(24) + mm(26)
    s.right(s.width - mm(30), y, f"{d.year}年{d.month}月{d.day}日", f)
    seal(s, s.width - mm(64), y - mm(2), "邢台市不动产登记中心", rng, radius=mm(19), inner="不动产登记专用章")
    s.text(mm(22), y + mm(30), f"经办人：{person_name(rng)}", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    g1, g2 = _guarantors(c)
    d = _made_on(c, "settlement_agreement")
    s = Sheet()
    s.centred(TOP, "执行和解协议", font("serif_bold", 70), spacing=14)
    pg = Pager([s], TOP + 150, left=mm(26), right=mm(24))
    f = font("serif", 40)
    first = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
    pay: date = c.extra["pay_day"]
    pg.hung(f"甲方（申请执行人）：{a.name}", f, 70)
    pg.hung(f"乙方（被执行人）：{r.name}", f, 70)
    pg.hung(f"丙方（被执行人）：{g1.name}", f, 70)
    pg.hung(f"丁方（被执行人）：{g2.name}", f, 70)
    pg.para(f"就{COURT}{c.number}执行一案，经执行法官主持，各方自愿达成和解如下：", f, 70)
    if c.extra["tale"] == "bearing":
        terms = [f"一、乙方、丙方、丁方共同向甲方支付代偿款及资金占用费合计{c.amount:,.2f}元，甲方放弃迟延履行期间的加倍部分"
                 "债务利息；",
                 f"二、乙方于本协议签订之日起五日内支付{first:,.2f}元，余款{c.amount - first:,.2f}元于{num_date(pay)}前付清，"
                 "均汇入法院执行款专户；",
                 "三、款项全部付清后，甲方同意法院解除对乙方股权、丙方房产的冻结、查封；"]
    else:
        terms = [f"一、丙方名下{c.extra['flat']}的房产由丙方在法院监督下自行变卖，购房款优先用于清偿本案债务"
                 f"{c.amount:,.2f}元；",
                 f"二、购房款须于{num_date(pay)}前由买受人直接汇入法院执行款专户，不足部分由乙方补足；",
                 "三、款项全部到账后，甲方同意法院解除查封，协助办理过户，并解除对乙方股权的冻结；"]
    terms.append("四、任何一方未按期履行的，甲方可申请恢复执行原生效判决，已付款项予以扣除。")
    terms.append("五、本协议一式五份，各方各执一份，交法院附卷一份。")
    for t in terms:
        pg.para(t, f, 70)
    pg.room(420)
    y = pg.y + 50
    last = pg.s
    last.text(mm(26), y, "甲方：", f)
    seal(last, mm(70), y + 30, a.name, rng, radius=mm(18))
    hand(last, mm(48), y + 110, c.agent, rng, size=50, ink=INK)
    last.text(last.width / 2, y, "乙方：", f)
    seal(last, last.width / 2 + mm(44), y + 30, r.name, rng, radius=mm(18))
    last.text(mm(26), y + 200, "丙方：", f)
    hand(last, mm(48), y + 188, g1.name, rng, size=54, ink=INK)
    last.text(last.width / 2, y + 200, "丁方：", f)
    hand(last, last.width / 2 + mm(22), y + 188, g2.name, rng, size=54, ink=INK)
    last.text(mm(26), y + 300, f"签订日期：{num_date(d)}　　签订地点：{COURT}执行局", f)
    return [last] if len(pg.sheets) == 1 else folios(pg.sheets)


def _slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """邢台银行's 电子回单 of the court paying the guarantee company out of its 执行款专户."""
    s = Sheet()
    f = font("sans", 30)
    d = _made_on(c, "payment_voucher")
    green = (20, 100, 90)
    s.box(mm(14), mm(18), s.width - mm(14), mm(140), width=3, outline=green)
    s.centred(mm(24), "邢台银行　电子回单", font("sans_bold", 46), fill=green, spacing=4)
    s.text(mm(20), mm(38), f"回单号：{rng.randint(10**15, 10**16 - 1)}　　记账日期：{d:%Y-%m-%d}", f)
    w = s.width - mm(40)
    rows = [["付款人户名", f"{COURT}执行款专户", "收款人户名", c.applicant.name],
            ["付款人账号", f"1300{rng.randint(10**11, 10**12 - 1)}", "收款人账号", c.extra["in_acct"]],
            ["付款行", "邢台银行信都支行", "收款行", c.extra["in_bank"]],
            ["金额（小写）", f"¥{c.amount:,.2f}", "金额（大写）", money_caps(c.amount)],
            ["摘要", f"{c.number}案款发放"], ["交易流水号", f"{d:%Y%m%d}{rng.randint(10**9, 10**10 - 1)}"]]
    grid(s, mm(20), mm(48), [mm(30), mm(56), mm(30), w - mm(116)], rows, f, heights=mm(13), labels=(0, 2), outer=2,
         inner=1, ink=green, label_font=font("sans_bold", 28))
    seal(s, s.width - mm(52), mm(120), "邢台银行信都支行", rng, radius=mm(15), inner="电子回单专用章")
    s.text(mm(20), mm(150), "本回单可通过邢台银行网上银行验证，重复打印无效。", font("sans", 26))
    s.centred(mm(176), "执行款发放说明", font("hei", 50), spacing=6)
    pg = Pager([s], mm(192), left=mm(24), right=mm(24))
    pg.para(f"{c.number}案被执行人交纳执行款{money(c.amount)}，经审批，于{num_date(d)}全部发放申请执行人{c.applicant.name}。",
            body(36), 60)
    ballpoint(s, s.width - mm(100), pg.y + 30, f"经办：{c.clerk}　{d.month}月{d.day}日", rng, size=40)
    hand(s, s.width - mm(100), pg.y + 110, f"领款人：{c.agent}", rng, size=44, ink=INK)
    return [s]

