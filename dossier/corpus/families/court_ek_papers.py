"""What 东胜区法院执行局 receives, each in its maker's hand: the 民一庭's judgment (serif, 本院认为, 判决如下) and its
生效证明书; the labour-arbitration commission's 裁决书 in its own boxed head; the lawyers' typed applications and the
firm's red-letterhead 所函; ID card and licence copies; the window's pre-printed forms filled in ballpoint; the 非税收入
receipt; the 查控 system's printout; the parties' 和解协议 with thumbprints; a bank's 电子回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, INK, RED, Sheet, hand, mm, seal, wrap
from dossier.corpus.families.court_ek_kit import COURT, LEFT, RIGHT, TOP, Pager, grid
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
BLACK_PEN = (22, 22, 30)


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _basis_name(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{'仲裁裁决书' if _tale(c) == 'wage' else '民事判决书'}"


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，统一社会信用代码{p.id_number}，住所地{p.address}。法定代表人：{p.legal_rep}。"
    born = f"{p.born:%Y年%-m月%-d日}出生，" if p.born else ""
    return f"{p.name}，{p.sex}，{born}公民身份号码{p.id_number}，住{p.address}。"


def _thumb(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """a red thumbprint: concentric broken ridges"""
    d = s.draw
    col = (200 + rng.randint(-20, 20), 40, 50)
    for k in range(3, 22, 3):
        start = rng.randint(0, 90)
        d.arc((x - k * 1.6, y - k * 2, x + k * 1.6, y + k * 2), start, start + rng.randint(220, 330), fill=col, width=2)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    fn = {
        "enforcement_application": _application, "enforcement_basis": _basis, "effectiveness_certificate": _certificate,
        "property_clue_form": _clues, "fee_receipt": _fee, "power_of_attorney": _attorney, "law_firm_letter": _firm_letter,
        "lawyer_license": _licence, "payment_account_confirmation": _account, "service_address_confirmation": _address,
        "property_declaration_form": _declaration, "online_inquiry_result": _inquiry, "settlement_agreement": _settlement,
        "payment_voucher": _voucher,
    }.get(code)
    if fn is not None:
        return fn(c, rng)
    return _identity(c, rng, "respondent" in served)


# ---------------------------------------------------------------- typed by the lawyers


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    p = Pager(font("serif", 40), 70, x=mm(30), width=Sheet().width - mm(30) - mm(28))
    p.sheet.centred(mm(30), "强制执行申请书", font("serif_bold", 64), spacing=12)
    p.y = mm(30) + 140
    p.flush(f"申请人：{_who(a)}")
    p.flush(f"委托诉讼代理人：{c.agent}，{c.firm}律师。")
    p.flush(f"被申请人：{_who(r)}")
    p.gap(0.3)
    p.flush("执行请求：")
    p.para(f"1．请求强制被申请人支付{money(c.amount)}；")
    p.para("2．请求被申请人加倍支付迟延履行期间的债务利息；")
    p.para("3．本案执行费用由被申请人负担。")
    p.flush("事实与理由：")
    story = {"freight": f"申请人系个体运煤车车主，自有重型半挂车（{c.extra.get('plate', '')}）为被申请人从{c.extra.get('mine', '')}"
                        f"拉运原煤共计{c.extra.get('trips', 0)}车次，被申请人结算后拖欠运费不付。",
             "loan": f"被申请人于{num_date(c.extra.get('lent_on', c.filed_on))}以经营洗煤厂周转为由向申请人借款，"
                     f"约定{c.extra.get('rate', '')}，到期后分文未还。",
             "wage": f"申请人系被申请人承包的{c.extra.get('estate', '')}项目木工班组长，带领{c.extra.get('workers', 0)}名工人施工，"
                     "项目停工后被申请人拖欠工人工资。"}[_tale(c)]
    p.para(story + f"经{c.basis_court}作出{c.basis_number}{'裁决' if _tale(c) == 'wage' else '判决'}，"
           f"该法律文书已于{num_date(c.basis_effective)}发生法律效力，被申请人至今未履行。为此，依据{'《中华人民共和国民事诉讼法》'}"
           "第二百四十七条之规定，特向贵院申请强制执行。")
    p.gap(0.4)
    p.flush("此致")
    p.flush("鄂尔多斯市东胜区人民法院")
    p.gap(0.6)
    p.right("申请人：　　　　　　　", inset=mm(8))
    s = p.sheet
    hand(s, s.width - mm(78), p.y - 74, a.name, rng, size=52, ink=BLACK_PEN)
    _thumb(s, s.width - mm(38), p.y - 44, rng)
    p.right(f"{c.filed_on.year}年{c.filed_on.month}月{max(1, c.filed_on.day - 2)}日", inset=mm(8))
    return p.sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = font("serif", 40)
    s.centred(mm(32), "授权委托书", font("sans_bold", 62), spacing=31)
    y = mm(32) + 150
    text = [f"委托人：{_who(c.applicant)}",
            f"受委托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，联系电话{c.agent_phone}。",
            f"现委托上列受委托人在申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}执行一案中，"
            "作为我方的代理人。",
            "代理权限为：特别授权（代为申请执行、提供财产线索、参加执行听证、代为和解、代为签收法律文书、代为领取执行款）。",
            "代理期限：自签字之日起至本案执行终结之日止。"]
    for block in text:
        for part in wrap(block, f, s.width - mm(56)):
            s.text(mm(28), y, part, f)
            y += 68
        y += 14
    y += 60
    s.text(s.width - mm(120), y, "委托人（签字）：", f)
    hand(s, s.width - mm(120) + f.getlength("委托人（签字）："), y - 6, c.applicant.name, rng, size=50, ink=BLACK_PEN)
    _thumb(s, s.width - mm(30), y + 20, rng)
    s.text(s.width - mm(120), y + 90, "受委托人（签字）：", f)
    hand(s, s.width - mm(120) + f.getlength("受委托人（签字）："), y + 84, c.agent, rng, size=50, ink=BLACK_PEN)
    hand(s, s.width - mm(100), y + 190, num_date(c.filed_on - timedelta(days=3)), rng, size=40, ink=BLACK_PEN)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(24), c.firm, font("serif_bold", 60), fill=RED, spacing=8)
    s.line(mm(20), mm(24) + 100, s.width - mm(20), mm(24) + 100, width=6, fill=RED)
    s.line(mm(20), mm(24) + 112, s.width - mm(20), mm(24) + 112, width=2, fill=RED)
    s.right(s.width - mm(28), mm(24) + 140, f"内东律函〔{c.filed_on.year}〕第{rng.randint(20, 260)}号", font("sans", 34))
    s.centred(mm(24) + 230, "律师事务所函", font("sans_bold", 56), spacing=28)
    p = Pager(font("serif", 40), 72, x=mm(28), width=s.width - mm(56), sheets=[s])
    p.y = mm(24) + 340
    p.flush("鄂尔多斯市东胜区人民法院：")
    p.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的代理人，"
           "特此函告。")
    p.flush("附：授权委托书一份")
    p.gap(1.5)
    p.right(c.firm, inset=mm(6))
    p.right(num_date(c.filed_on - timedelta(days=2)), inset=mm(10))
    seal(s, s.width - mm(60), p.y - 100, c.firm, rng, radius=mm(20))
    s.line(mm(20), s.height - mm(34), s.width - mm(20), s.height - mm(34), width=2, fill=RED)
    s.text(mm(24), s.height - mm(30), f"地址：{c.extra['firm_addr']}　　电话：0477-85{rng.randint(10000, 99999)}",
           font("sans", 28))
    return [s]


# ---------------------------------------------------------------- the basis and its certificate


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if _tale(c) == "wage":
        return _award(c, rng)
    p = Pager(font("serif", 40), 72, x=mm(28), width=Sheet().width - mm(54))
    s = p.sheet
    s.centred(mm(30), COURT, font("serif_bold", 54), spacing=2)
    s.centred(mm(30) + 96, "民事判决书", font("serif_bold", 76), spacing=46)
    s.right(s.width - mm(26), mm(30) + 220, c.basis_number, font("serif", 40))
    p.y = mm(30) + 320
    p.para(f"原告：{_who(a)}")
    p.para(f"被告：{_who(r)}")
    p.para(f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院立案后，依法适用简易程序，公开开庭进行了审理。原告"
           "及其委托诉讼代理人到庭参加诉讼，本案现已审理终结。")
    if _tale(c) == "freight":
        p.para(f"原告向本院提出诉讼请求：判令被告支付运费{c.amount:,.2f}元。事实和理由：原告以其所有的重型半挂牵引车为被告"
               f"从{c.extra['mine']}向被告指定的煤场拉运原煤，双方按吨公里结算，共计{c.extra['trips']}车次，被告出具对账单后未付款。")
        p.para("本院认为，原、被告之间的公路货物运输合同关系合法有效。原告已完成运输义务，被告应按约定支付运费。"
               "被告经本院传票传唤无正当理由未到庭，视为放弃抗辩的权利。依照《中华人民共和国民法典》第八百零九条、"
               "第八百一十三条之规定，判决如下：")
        p.para(f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}运费{c.amount:,.2f}元。")
    else:
        p.para(f"原告向本院提出诉讼请求：判令被告偿还借款本金及利息共计{c.amount:,.2f}元。事实和理由："
               f"{num_date(c.extra['lent_on'])}，被告向原告借款，出具借条一张，约定{c.extra['rate']}，后经多次催要未还。")
        p.para("本院认为，合法的借贷关系受法律保护。被告向原告借款有借条及银行转账凭证为证，本院予以确认。被告未按约定"
               "偿还借款，应承担还款责任；双方约定的利率超过合同成立时一年期贷款市场报价利率四倍的部分，本院不予支持。"
               "依照《中华人民共和国民法典》第六百七十五条、第六百七十六条，《最高人民法院关于审理民间借贷案件适用法律"
               "若干问题的规定》第二十五条之规定，判决如下：")
        p.para(f"被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款本息共计{c.amount:,.2f}元。")
    p.para("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
           "加倍支付迟延履行期间的债务利息。")
    p.para(f"案件受理费{int(c.amount) // 200 + 50}元，减半收取，由被告负担。")
    p.para("如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于"
           "内蒙古自治区鄂尔多斯市中级人民法院。")
    p.gap(0.8)
    p.right(f"审判员　{person_name(rng)}", inset=mm(14))
    p.gap(0.3)
    p.room(200)
    judged = c.basis_effective - timedelta(days=rng.randint(20, 30))
    p.right(cn_date(judged), inset=mm(10))
    seal(p.sheet, p.sheet.width - mm(70), p.y - 70, COURT, rng, radius=mm(21))
    p.right(f"书记员　{person_name(rng)}", inset=mm(14))
    n = len(p.sheets)
    for i, sh in enumerate(p.sheets, 1):
        sh.centred(sh.height - mm(20), f"- {i} -", font("serif", 30))
        if i > 1:
            sh.page_of = (i, n)
    return p.sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    p = Pager(font("sans", 37), 64, x=mm(26), width=Sheet().width - mm(52))
    s = p.sheet
    s.box(mm(22), mm(22), s.width - mm(22), mm(22) + 230, width=3)
    s.centred(mm(22) + 30, c.basis_court, font("hei", 52))
    s.centred(mm(22) + 120, "仲裁裁决书", font("hei", 66), spacing=39)
    s.right(s.width - mm(26), mm(22) + 260, c.basis_number, font("sans", 36))
    p.y = mm(22) + 350
    p.flush(f"申请人：{_who(a)}")
    p.flush(f"委托代理人：{c.agent}，{c.firm}律师（法律援助）。")
    p.flush(f"被申请人：{_who(r)}")
    p.para(f"申请人{a.name}与被申请人{r.name}劳动报酬争议一案，本委受理后依法组成仲裁庭，公开开庭进行了审理，本案现已审理终结。")
    p.para(f"申请人请求：被申请人支付申请人及其班组{c.extra['workers']}名工人拖欠的工资{c.amount:,.2f}元。")
    p.para(f"经审理查明：被申请人承包{c.extra['estate']}住宅项目主体劳务，将木工工程交由申请人班组施工。项目因开发商资金链"
           "断裂停工，被申请人与申请人于停工后核对工日，出具工资结算单，确认欠付工资数额，至今未支付。")
    p.para("本委认为：用人单位应当按时足额支付劳动者劳动报酬。被申请人出具的工资结算单真实有效，应按结算数额支付。"
           "依照《中华人民共和国劳动合同法》第三十条、《保障农民工工资支付条例》第十八条之规定，裁决如下：")
    p.para(f"被申请人{r.name}于本裁决生效之日起五日内支付申请人{a.name}（代班组工人）工资{c.amount:,.2f}元。")
    p.para("本裁决为终局裁决，自作出之日起发生法律效力。一方当事人逾期不履行的，另一方当事人可以向人民法院申请强制执行。")
    p.gap(1)
    for role in ("首席仲裁员", "仲裁员", "仲裁员"):
        p.right(f"{role}　{person_name(rng)}", inset=mm(10))
    p.room(150)
    p.right(num_date(c.basis_effective), inset=mm(10))
    seal(p.sheet, p.sheet.width - mm(64), p.y - 60, "鄂尔多斯市东胜区劳动人事争议仲裁委员会", rng, radius=mm(22))
    p.right(f"书记员　{person_name(rng)}", inset=mm(10))
    return p.sheets


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    maker = c.basis_court
    s.centred(mm(40), maker, font("serif_bold", 50))
    s.centred(mm(40) + 100, "生效证明书", font("serif_bold", 70), spacing=41)
    f = font("serif", 42)
    y = mm(40) + 270
    kind = "仲裁裁决书" if _tale(c) == "wage" else "民事判决书"
    text = (f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案，"
            f"{'本委' if _tale(c) == 'wage' else '本院'}作出的{c.basis_number}{kind}已于{cn_date(c.basis_effective)}"
            "发生法律效力。")
    for part in wrap(text, f, s.width - mm(60), indent=84):
        s.text(mm(30) + (84 if y == mm(40) + 270 else 0), y, part, f)
        y += 76
    s.text(mm(30) + 84, y + 10, "特此证明。", f)
    out = c.filed_on - timedelta(days=rng.randint(3, 9))
    s.right(s.width - mm(36), y + 220, cn_date(out), f)
    seal(s, s.width - mm(70), y + 200, maker, rng, radius=mm(21))
    s.text(mm(30), y + 400, f"（本证明仅证明{kind}生效，不作其他用途）", font("serif", 32))
    return [s]


# ---------------------------------------------------------------- window forms filled by hand


def _window_form(title: str, rows: list[list[str]], filled: list[list[bool]], heights: list[float], rng: random.Random,
                 *, note: str = "", signer: str = "", day: date | None = None) -> Sheet:
    s = Sheet()
    s.centred(TOP, title, font("sans_bold", 56))
    w = s.width - LEFT - RIGHT
    bottom = grid(s, LEFT, TOP + 120, [w * 0.27, w * 0.73], rows, heights, rng, face=font("sans", 32), filled=filled)
    y = bottom + 30
    if note:
        for part in wrap(note, font("sans", 28), w):
            s.text(LEFT, y, part, font("sans", 28))
            y += 42
    if signer:
        s.text(s.width - RIGHT - mm(100), y + 60, "填表人（签名）：", font("sans", 34))
        hand(s, s.width - RIGHT - mm(46), y + 52, signer, rng, size=48, ink=BLACK_PEN)
    if day:
        hand(s, s.width - RIGHT - mm(70), y + 150, num_date(day), rng, size=40, ink=BLACK_PEN)
    return s


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    clue = {"freight": f"被申请人在{c.extra.get('r_bank', '')}有基本户，煤场有存煤；车辆{c.extra.get('plate', '')}",
            "loan": "被申请人原有洗煤厂一处（已停产），名下可能有车辆，具体不详",
            "wage": f"被申请人在{c.extra.get('r_bank', '')}有账户，开发商尚欠其工程款"}[_tale(c)]
    rows = [["被执行人", r.name], ["证件号码", r.id_number], ["住所/经常居住地", r.address], ["银行存款", clue],
            ["不动产", "不详"], ["车辆", c.extra.get("plate", "不详")], ["到期债权", "有" if _tale(c) == "wage" else "不详"],
            ["其他财产线索", "无"]]
    filled = [[False, True]] * len(rows)
    return [_window_form("被执行人财产线索提供表", rows, filled, [100, 100, 120, 150, 100, 100, 100, 110], rng,
                         note="申请执行人应如实提供财产线索，提供虚假线索的，依法承担相应责任。", signer=c.applicant.name,
                         day=c.filed_on)]


def _account(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    rows = [["案号", c.number], ["申请执行人", a.name], ["收款户名", a.name], ["开户银行", c.extra["in_bank"]],
            ["银行账号", c.extra["in_acct"]], ["联系电话", a.phone]]
    filled = [[False, False]] + [[False, True]] * 5
    return [_window_form("申请执行人收取执行款账户确认书", rows, filled, [100], rng,
                         note="本人确认以上账户信息真实、准确，执行款汇入该账户即视为本人已领取。因账户信息错误造成的损失由本人承担。",
                         signer=a.name, day=c.filed_on)]


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    rows = [["案号", c.number], ["受送达人", a.name], ["送达地址", a.address], ["收件人", a.name], ["联系电话", a.phone],
            ["是否同意电子送达", "同意（手机短信、鄂尔多斯移动微法院）"], ["代理人地址", f"{c.firm} {c.extra['firm_addr']}"]]
    filled = [[False, False]] + [[False, True]] * 6
    return [_window_form("送达地址确认书", rows, filled, [100, 100, 140, 100, 100, 120, 140], rng,
                         note="告知：受送达人提供的送达地址不准确或变更后未及时告知的，导致法律文书未能被实际接收的，"
                              "文书退回之日视为送达之日。", signer=a.name, day=c.filed_on)]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    signer = r.legal_rep or r.name
    t = _tale(c)
    rows = [["申报人", r.name], ["证件号码", r.id_number], ["银行存款", "有，见账户" if t != "loan" else "无"],
            ["房产土地", "无"], ["车辆", c.extra.get("plate", "无") if t == "freight" else "无"],
            ["股权投资", "无" if t != "loan" else "原洗煤厂股份已转让"], ["收入情况", "公司停工" if t == "wage" else "无固定收入"],
            ["债权", "开发商欠工程款约三百万" if t == "wage" else "有外欠煤款，难以收回"], ["其他", "无"]]
    filled = [[False, True]] * len(rows)
    return [_window_form("被执行人财产申报表", rows, filled, [96], rng, signer=signer,
                         note="本人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。",
                         day=c.day(11))]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    green = (20, 110, 70)
    s.centred(mm(22), "内蒙古自治区非税收入统一票据（电子）", font("sans_bold", 46), fill=green)
    s.text(mm(20), mm(22) + 110, f"票据代码：15060124　　票据号码：00{rng.randint(100000, 999999)}", font("sans", 30), fill=green)
    s.text(mm(20), mm(22) + 156, f"交款人：{c.applicant.name}　　交款人统一社会信用代码：{c.applicant.id_number}", font("sans", 30))
    fee = c.extra["fee"] or Decimal(0)
    w = s.width - mm(40)
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"],
            ["103040101", "申请执行费", "元", "1", f"{fee:.2f}", f"{fee:.2f}"],
            ["", f"案号：{c.number}", "", "", "", ""],
            ["合计（大写）", money_caps(fee) if fee else "零元整", "", "", "（小写）", f"{fee:.2f}"]]
    cols = [w * 0.18, w * 0.34, w * 0.08, w * 0.08, w * 0.14, w * 0.18]
    y: float = mm(22) + 210
    f = font("sans", 28)
    for row in rows:
        x: float = mm(20)
        for cell, cw in zip(row, cols, strict=True):
            s.draw.rectangle((x, y, x + cw, y + 70), outline=green, width=2)
            if cell:
                s.text(x + 10, y + 20, cell, f)
            x += cw
        y += 70
    s.text(mm(20), y + 20, f"收款单位（章）：{COURT}　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f)
    s.text(mm(20), y + 64, f"开票日期：{num_date(c.day(1))}", f)
    s.text(mm(20), y + 108, "校验码：" + "".join(rng.choice("0123456789") for _ in range(20)), font("sans", 26))
    seal(s, mm(95), y + 40, COURT, rng, radius=mm(17), inner="财务专用章")
    return [s]


# ---------------------------------------------------------------- copies


def _identity(c: CaseCtx, rng: random.Random, respondent: bool) -> list[Sheet]:
    p = c.respondent if respondent else c.applicant
    s = Sheet()
    if p.kind == "organisation":
        x0, y0, x1, y1 = mm(18), mm(26), s.width - mm(18), mm(230)
        s.box(x0, y0, x1, y1, width=8, outline=(150, 40, 30))
        s.box(x0 + 18, y0 + 18, x1 - 18, y1 - 18, width=2, outline=(150, 40, 30))
        s.centred(y0 + 110, "营业执照", font("serif_bold", 96), spacing=58)
        s.centred(y0 + 240, "（副　本）", font("serif", 40))
        f = font("serif", 36)
        y = y0 + 360
        s.text(x0 + 70, y, f"统一社会信用代码　{p.id_number}", f)
        y += 100
        for label, value in [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
                             ("经营范围", "煤炭批发经营；普通货物道路运输" if _tale(c) == "freight" else "建筑劳务分包；木工作业；砌筑作业"),
                             ("注册资本", f"{rng.choice([500, 1000, 2000])}万元（人民币）"),
                             ("成立日期", f"{rng.randint(2006, 2015)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
                             ("住　　所", p.address)]:
            for k, part in enumerate(wrap(value, f, x1 - x0 - 420)):
                if k == 0:
                    s.text(x0 + 70, y, label, f)
                s.text(x0 + 330, y, part, f)
                y += 62
            y += 16
        s.text(x1 - mm(80), y1 - 230, "登记机关", f)
        seal(s, x1 - mm(50), y1 - 200, "鄂尔多斯市东胜区市场监督管理局", rng, radius=mm(20))
        hand(s, mm(40), y1 + 60, "与原件一致", rng, size=52, ink=BLACK_PEN)
        seal(s, mm(70), y1 + 100, p.name, rng, radius=mm(19))
        return [s]
    # a resident ID card, both faces, copied onto A4 at about life size
    cw, ch = mm(86), mm(54)
    for k in range(2):
        x, y = (s.width - cw) / 2, mm(40) + k * (ch + mm(22))
        s.draw.rounded_rectangle((x, y, x + cw, y + ch), radius=26, outline=(90, 90, 90), width=3, fill=(236, 236, 232))
        f = font("hei", 28)
        if k == 0:
            rows = [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"),
                    ("出生", f"{p.born:%Y年%-m月%-d日}" if p.born else ""), ("住址", p.address)]
            ty = y + 40
            for label, value in rows:
                s.text(x + 40, ty, label, font("hei", 24), fill=(70, 90, 140))
                for part in wrap(value, f, cw * 0.4)[:3]:
                    s.text(x + 130, ty, part, f)
                    ty += 44
                ty += 10
            s.draw.rectangle((x + cw * 0.66, y + 50, x + cw - 40, y + ch * 0.72), fill=(190, 190, 186))
            s.text(x + 40, y + ch - 70, "公民身份号码", font("hei", 24), fill=(70, 90, 140))
            s.text(x + 230, y + ch - 74, p.id_number, font("sans", 34), spacing=3)
        else:
            s.centred(y + 90, "中华人民共和国", font("hei", 44), x0=x, x1=x + cw)
            s.centred(y + 170, "居民身份证", font("hei", 56), spacing=28, x0=x, x1=x + cw)
            issue = rng.randint(2012, 2020)
            authority = "鄂尔多斯市公安局东胜分局" if p.id_number.startswith("1506") else "子洲县公安局"
            s.text(x + 70, y + ch - 130, f"签发机关　{authority}", font("hei", 26))
            s.text(x + 70, y + ch - 80, f"有效期限　{issue}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-{issue + 20}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}",
                   font("hei", 26))
    hand(s, s.width / 2 - mm(30), mm(40) + 2 * ch + mm(50), "此复印件与原件一致", rng, size=46, ink=BLACK_PEN)
    hand(s, s.width / 2 + mm(10), mm(40) + 2 * ch + mm(70), p.name, rng, size=50, ink=BLACK_PEN)
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    bw, bh = mm(80), mm(112)
    lx, top = mm(22), mm(40)
    rx = s.width - mm(22) - bw
    s.box(lx, top, lx + bw, top + bh, width=3, outline=(80, 80, 80))
    s.box(rx, top, rx + bw, top + bh, width=3, outline=(80, 80, 80))
    s.draw.rectangle((lx + bw / 2 - mm(13), top + mm(12), lx + bw / 2 + mm(13), top + mm(47)), fill=(200, 200, 196))
    f = font("sans", 30)
    y = top + mm(56)
    for label, value in [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                         ("法律职业资格证号", f"A{rng.randint(2005, 2016)}15{rng.randint(100000, 999999)}"),
                         ("发证机关", "内蒙古自治区司法厅"), ("发证日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月")]:
        s.text(lx + 24, y, f"{label}：{value}", f)
        y += 52
    seal(s, lx + bw - mm(20), top + bh - mm(22), "内蒙古自治区司法厅", rng, radius=mm(16))
    s.centred(top + mm(18), "律师执业证", font("sans_bold", 50), spacing=25, x0=rx, x1=rx + bw)
    y = top + mm(42)
    for label, value in [("持证人", c.agent), ("性别", rng.choice("男女")), ("身份证号", "")]:
        s.text(rx + 30, y, f"{label}：{value}", f)
        y += 60
    s.text(rx + 30, y, "年度考核备案", f)
    y += 60
    for yr in (c.filed_on.year - 2, c.filed_on.year - 1):
        s.text(rx + 30, y, f"{yr}年度　称职", f)
        seal(s, rx + bw - mm(24), y + 14, "鄂尔多斯市司法局", rng, radius=mm(11))
        y += 80
    hand(s, mm(30), top + bh + mm(20), "复印件与原件核对一致", rng, size=44, ink=BLACK_PEN)
    hand(s, mm(120), top + bh + mm(20), c.agent, rng, size=48, ink=BLACK_PEN)
    return [s]


# ---------------------------------------------------------------- printouts, agreements, receipts


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    s.centred(mm(16), "网络执行查控系统  财产查询反馈汇总",font("microhei", 46), spacing=23)
    mono = font("mono", 26)
    when = c.day(4)
    s.text(mm(14), mm(16) + 80, f"案号：{c.number}　　被查询人：{r.name}　　证照号码：{r.id_number}", mono)
    s.text(mm(14), mm(16) + 116, f"查询发起：{when:%Y-%m-%d} 09:{rng.randint(10, 59)}　　承办人：{c.officer}", mono)
    heads = ["序号", "协助单位", "财产类型", "反馈结果", "反馈时间"]
    found_bank = c.extra.get("r_bank") if _tale(c) != "loan" else None
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国建设银行", "存款"), ("中国银行", "存款"),
             ("内蒙古银行", "存款"), ("鄂尔多斯农村商业银行", "存款"), ("中国邮政储蓄银行", "存款"), ("包商银行", "存款"),
             ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"), ("中国证券登记结算", "证券"), ("支付宝", "网络资金"),
             ("财付通", "网络资金"), ("市场监管总局", "工商登记")]
    rows: list[list[str]] = []
    for i, (u, kind) in enumerate(units, 1):
        res = "未查询到相关信息"
        if found_bank and str(found_bank).startswith(u[:4]) and kind == "存款":
            res = f"账户{c.extra.get('r_acct', '')}余额{c.amount * Decimal('1.12'):,.2f}"
        if kind == "车辆" and _tale(c) == "freight":
            res = f"{c.extra.get('plate', '')} 重型半挂牵引车 已抵押"
        if kind == "网络资金" and _tale(c) == "loan":
            res = f"余额{rng.randint(0, 90)}.{rng.randint(10, 99)}元"
        rows.append([str(i), u, kind, res, f"{when + timedelta(days=rng.randint(0, 3)):%m-%d} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}"])
    cols = [mm(14), mm(50), mm(26), mm(70), mm(26)]
    x0, y = mm(14), mm(16) + 170
    s.draw.rectangle((x0, y, x0 + sum(cols), y + 56), fill=(222, 230, 240))
    for r_, row in enumerate([heads, *rows]):
        x: float = x0
        for cell, w in zip(row, cols, strict=True):
            s.draw.rectangle((x, y, x + w, y + 56), outline=(120, 130, 150), width=1)
            s.text(x + 8, y + 14, cell, mono if r_ else font("microhei", 28))
            x += w
        y += 56
    s.text(mm(14), y + 30, f"打印时间：{when + timedelta(days=4):%Y-%m-%d} 15:{rng.randint(10, 59)}　　打印人：{c.clerk}", mono)
    s.right(s.width - mm(14), s.height - mm(14), "1/1", mono)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    p = Pager(font("sans", 38), 66, x=mm(26), width=Sheet().width - mm(52))
    p.sheet.centred(mm(28), "执行和解协议",font("hei", 60), spacing=40)
    p.y = mm(28) + 130
    p.flush(f"甲方（申请执行人）：{a.name}，身份证号{a.id_number}")
    p.flush(f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}")
    p.para(f"甲乙双方就{c.number}{c.extra['cause']}执行一案，在东胜区人民法院执行局主持下，经自愿协商，达成如下和解协议：")
    p.para(f"一、乙方确认尚欠甲方{money(c.amount)}。")
    if _tale(c) == "freight":
        p.para("二、法院已冻结的乙方账户存款中，由法院直接扣划至法院执行款专户，再由法院发放给甲方；不足部分乙方于本协议签订后"
               "十日内一次性付清。")
    else:
        p.para(f"二、乙方于{num_date(c.extra['paid_on'])}前将全部款项汇入法院执行款专户，由法院按甲方提供的工人花名册及"
               "账户发放至各工人。")
    p.para("三、乙方按期履行后，甲方放弃迟延履行期间的债务利息；乙方不按期履行的，甲方可申请恢复执行原生效法律文书。")
    p.para("四、本协议一式三份，甲乙双方各执一份，交法院备案一份。")
    p.gap(1)
    s = p.sheet
    y = p.y
    s.text(mm(30), y, "甲方（签字捺印）：", p.face)
    hand(s, mm(30) + 330, y - 8, a.name, rng, size=50, ink=BLACK_PEN)
    _thumb(s, mm(30) + 480, y + 20, rng)
    s.text(s.width / 2 + mm(6), y, "乙方（盖章）：", p.face)
    seal(s, s.width / 2 + mm(60), y + 20, r.name, rng, radius=mm(19))
    hand(s, s.width / 2 + mm(6), y + 90, r.legal_rep, rng, size=48, ink=BLACK_PEN)
    hand(s, s.width - mm(80), y + 200, num_date(c.day(WHEN_SETTLE)), rng, size=40, ink=BLACK_PEN)
    return p.sheets


WHEN_SETTLE = 30


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    bank = c.extra["in_bank"]
    x0, y0 = mm(16), mm(20)
    w = s.width - 2 * x0
    blue = (30, 70, 140)
    s.draw.rectangle((x0, y0, x0 + w, y0 + 90), fill=(232, 238, 248))
    s.text(x0 + 20, y0 + 20, bank.split("银行")[0] + "银行", font("microhei", 44), fill=blue)
    s.right(x0 + w - 20, y0 + 26, "客户回单（转账）", font("microhei", 38), fill=blue)
    day = c.extra["paid_on"] + timedelta(days=2)
    rows = [["付款人户名", "鄂尔多斯市东胜区人民法院执行款专户", "收款人户名", c.applicant.name],
            ["付款人账号", f"1506{rng.randint(10**11, 10**12 - 1)}", "收款人账号", c.extra["in_acct"]],
            ["付款行", "内蒙古银行鄂尔多斯分行", "收款行", bank],
            ["金额（小写）", f"CNY {c.amount:,.2f}", "金额（大写）", money_caps(c.amount)],
            ["用途", f"{c.number}执行款发放", "交易日期", f"{day:%Y-%m-%d}"],
            ["流水号", "".join(rng.choice("0123456789") for _ in range(18)), "回单编号", f"{rng.randint(10**9, 10**10 - 1)}"]]
    y: float = y0 + 110
    cols = [w * 0.17, w * 0.33, w * 0.17, w * 0.33]
    f = font("microhei", 28)
    for row in rows:
        x: float = x0
        for k, (cell, cw) in enumerate(zip(row, cols, strict=True)):
            s.draw.rectangle((x, y, x + cw, y + 84), outline=(150, 160, 180), width=1)
            for j, part in enumerate(wrap(cell, f, cw - 20)[:2]):
                s.text(x + 10, y + 12 + j * 36, part, f, fill=blue if k % 2 == 0 else INK)
            x += cw
        y += 84
    s.text(x0, y + 24, f"打印日期：{day + timedelta(days=1):%Y-%m-%d}　　打印次数：1　　柜员：E{rng.randint(1000, 9999)}", f)
    seal(s, x0 + w - mm(40), y + 40, bank, rng, radius=mm(16), inner="电子回单专用章")
    s.line(0, y + mm(30), s.width, y + mm(30), width=1, fill=(180, 180, 180))
    s.text(x0, y + mm(34), f"以上款项已发放至申请执行人账户。（{c.number}）", font("serif", 32))
    hand(s, x0, y + mm(46), f"领款人：{c.applicant.name}", rng, size=44, ink=BLUE_INK)
    return [s]
