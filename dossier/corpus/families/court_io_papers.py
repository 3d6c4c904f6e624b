"""What 岳麓法院执行局 receives, each in its maker's hand: the court's civil division's 民事判决书 typed in the GB 宋 of
its old template (○ for 〇, "— n —" folios) and its 生效证明书; the 长沙仲裁委员会's 裁决书 under a red letterhead and double
red rule in 明体, "第n页/共m页" at the right, and its 生效证明; the lawyers' applications in 楷体 with a 黑体 title; a
律师事务所函 with a grey-ruled letterhead; the 律师执业证 booklet and ID cards copied on a grey copier ground; a
国家企业信用信息公示系统 printout for a company; the window's printed forms filled in ballpoint; the 湖南省非税收入电子票据
with its QR block; the 查控 system's landscape printout; and a bank's 网上银行电子回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import A4, INK, RED, Sheet, mm, seal, text_width, wrap
from dossier.corpus.families.court_io_kit import (
    BALLPOINT,
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flowing,
    court_paper,
    form_title,
    frame,
    pen,
    right_cells,
)
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import printable

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "payment_voucher",
    "resumption_application",
})
ARB = "长沙仲裁委员会"


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_io import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _award(c, rng) if c.extra["tale"] == "fitout" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
    if code in ("enforcement_application", "resumption_application"):
        return _application(c, rng, d, resume=code == "resumption_application")
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        if p.kind == "person":
            return _id_card(p, rng)
        return _registry_printout(p, c, rng) if p is c.respondent else _business_licence(p, c, rng)
    if code == "fee_receipt":
        return _fee_bill(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return _bank_slip(c, rng)
    return _window_form(code, c, rng, d)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}。"


def _flow(s: Sheet, y: float, blocks: list[tuple[str, str]], f: Font, *, lead: float, role: str = "",
          left: float = LEFT, right: float = RIGHT) -> Flowing:
    run = Flowing([s], y, left=left, right=right)
    for kind, text in blocks:
        text = printable(role, text) if role else text
        if kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "f":
            run.para(text, f, lead=lead)
        else:
            run.para(text, f, lead=lead, first=f.size * 2)
    return run


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's judgment in its old GB 宋 template: ○ for 〇, a judge alone (简易程序), folios "— n —"."""
    a, r = c.applicant, c.respondent
    lesson = c.extra["tale"] == "lesson"
    heard = c.basis_effective - timedelta(days=rng.randint(35, 60))
    amt = f"{c.amount:,.2f}"
    if lesson:
        story = (f"2022年8月，原告为其子{c.extra['child']}向被告报名参加初中数学、英语一对一课程，一次性预交课时费"
                 f"{c.amount + Decimal(rng.randint(20, 60)) * 100:,.2f}元，约定课时共计{rng.randint(120, 200)}节。2023年3月起，"
                 "被告以调整经营为由停课，经原告多次催要，被告未退还剩余课时费用。")
        held = ("原、被告之间的教育培训合同依法成立。被告停止提供培训服务，构成违约，应当退还未消课时对应的费用。经核对消课记录，"
                f"被告应退还原告课时费{amt}元。")
        law = "《中华人民共和国民法典》第五百零九条、第五百六十三条、第五百六十六条、第五百七十七条"
        order = f"被告{r.name}于本判决生效之日起十日内退还原告{a.name}培训费{amt}元。"
        title_cause = "教育培训合同纠纷"
    else:
        story = (f"2022年6月，被告因经营周转需要向原告借款，原告通过银行转账向被告出借{amt}元，被告出具借条，约定借期六个月。"
                 "借款到期后，被告未归还。")
        held = "原告提交的借条、银行转账凭证能够证明双方存在借贷关系及借款已实际交付，被告未按约还款，应当承担还款责任。"
        law = "《中华人民共和国民法典》第六百六十七条、第六百七十四条、第六百七十六条"
        order = f"被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款本金{amt}元及利息（以{amt}元为基数，按一年期贷款市场报价利率自2022年12月起计付至实际清偿之日止）。"
        title_cause = "民间借贷纠纷"
    blocks = [
        ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{title_cause}一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用简易程序，"
              f"于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}到庭参加诉讼，被告经本院传票传唤无正当理由"
              "拒不到庭。本案现已审理终结。"),
        ("p", f"原告{a.name}向本院提出诉讼请求：判令被告支付{amt}元；本案诉讼费用由被告负担。事实和理由：{story}"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", f"本院认为，{held}依照{law}，《中华人民共和国民事诉讼法》第一百四十七条的规定，判决如下："),
        ("p", order),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 25}元，减半收取计{(int(c.amount) // 100 + 25) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人的人数提出副本，上诉于湖南省"
              "长沙市中级人民法院。"),
    ]
    s = Sheet()
    s.centred(TOP + 10, COURT, font("song_gb", 56), spacing=6)
    s.centred(TOP + 100, "民事判决书", font("song_gb", 84), spacing=30)
    s.right(s.width - mm(30), TOP + 220, c.basis_number, font("song_gb", 40))
    f = font("song_gb", 42)
    run = _flow(s, TOP + 300, blocks, f, lead=76, role="song_gb", left=mm(30), right=mm(30))
    run.need(380)
    last, y = run.s, run.y + 50
    x = last.width - mm(96)
    last.text(x, y, f"审判员　　{c.extra.setdefault('civil_judge', person_name(rng))}", f)
    when = printable("song_gb", cn_date(c.basis_effective - timedelta(days=rng.randint(16, 24))))
    last.text(x, y + 110, when, f)
    seal(last, x + text_width(when, f) / 2, y + 124, COURT, rng, radius=mm(20))
    last.text(x, y + 200, f"书记员　　{person_name(rng)}", f)
    m = len(run.sheets)
    for n, sh in enumerate(run.sheets, 1):
        if m > 1:
            sh.centred(sh.height - mm(15), f"— {n} —", font("song_gb", 34))
    return run.sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """长沙仲裁委员会's 裁决书: red name and double rule, 明体 body, three arbitrators, "第n页/共m页" at the right."""
    a, r = c.applicant, c.respondent
    amt = c.amount
    s = Sheet()
    s.centred(TOP - 14, ARB, font("serif_bold", 76), fill=RED, spacing=mm(3))
    s.line(LEFT - mm(4), TOP + 86, s.width - RIGHT + mm(4), TOP + 86, width=6, fill=RED)
    s.line(LEFT - mm(4), TOP + 98, s.width - RIGHT + mm(4), TOP + 98, width=2, fill=RED)
    s.centred(TOP + 150, "裁 决 书", font("serif_bold", 80), spacing=20)
    s.centred(TOP + 262, c.basis_number, font("ming", 40))
    f = font("ming", 41)
    heard = c.basis_effective - timedelta(days=rng.randint(30, 50))
    blocks = [
        ("h", f"申请人：{_who(a)}"), ("h", f"委托代理人：{c.agent}，{c.firm}律师。"), ("h", f"被申请人：{_who(r)}"),
        ("p", f"长沙仲裁委员会（以下简称本会）根据申请人与被申请人于2021年4月签订的《{c.extra['project']}分包合同》中的仲裁条款"
              f"和申请人的仲裁申请，于{cn_date(heard - timedelta(days=70))}受理了双方之间的建设工程分包合同纠纷案。本案适用《长沙"
              f"仲裁委员会仲裁规则》，由三名仲裁员组成仲裁庭，于{cn_date(heard)}开庭审理。本案现已审理终结。"),
        ("p", f"申请人称：申请人承接被申请人总承包的{c.extra['project']}，工程已于2022年5月竣工验收并交付使用。经双方结算，"
              f"被申请人尚欠工程款{amt:,.2f}元，经催告仍未支付。"),
        ("p", "被申请人辩称：对结算金额无异议，因业主方未支付工程款导致无力支付。"),
        ("p", "仲裁庭认为：双方签订的分包合同合法有效。工程已竣工验收，结算金额经双方确认，被申请人以业主未付款为由拒付，"
              "缺乏合同依据，仲裁庭不予支持。依照《中华人民共和国民法典》第五百七十七条、第七百八十八条、第七百九十九条，"
              "《中华人民共和国仲裁法》第七条的规定，裁决如下："),
        ("p", f"被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付工程款{amt:,.2f}元。"),
        ("p", "本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    run = _flow(s, TOP + 350, blocks, f, lead=74)
    run.need(440)
    last, y = run.s, run.y + 40
    x = last.width - mm(100)
    for role in ("首席仲裁员", "仲 裁 员", "仲 裁 员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 70
    when = cn_date(c.basis_effective)
    last.text(x, y + 24, when, f)
    seal(last, x + mm(32), y + 30, ARB, rng, radius=mm(21))
    last.text(x, y + 110, f"秘　　书　{person_name(rng)}", f)
    m = len(run.sheets)
    for n, sh in enumerate(run.sheets, 1):
        sh.right(sh.width - RIGHT, sh.height - mm(16), f"第{n}页/共{m}页", font("ming", 32))
        sh.page_of = (n, m)
    return run.sheets


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if c.extra["tale"] == "fitout":
        return court_paper(c, rng, "生效证明", [
            ("to", f"{c.court.name}："),
            ("p", f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}建设工程分包合同纠纷一案，已于"
                  f"{cn_date(c.basis_effective)}作出{c.basis_number}裁决书。该裁决书已于{cn_date(c.basis_effective + timedelta(days=4))}"
                  "依法送达双方当事人，自作出之日起发生法律效力。"),
            ("p", "特此证明。"),
        ], day=c.basis_effective + timedelta(days=rng.randint(9, 16)), number=f"长仲证字〔2023〕第{rng.randint(10, 400)}号",
            court=ARB)
    return court_paper(c, rng, "生效证明书", [
        ("p", f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案的民事判决书，已于"
              f"{cn_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。"),
        ("n", f"民事审判第一庭　　审判员：{c.extra.get('civil_judge') or person_name(rng)}　　经办：{person_name(rng)}"),
    ], day=c.basis_effective + timedelta(days=rng.randint(3, 8)), number=c.basis_number.replace("号", "号之一"))


def _application(c: CaseCtx, rng: random.Random, d: date, *, resume: bool) -> list[Sheet]:
    """The lawyer's application: 黑体 title, 楷体 body, a short rule under the title, 此致 and signature; the resumption
    application carries the undertaker's and the bureau chief's handwritten approval at its foot."""
    a, r = c.applicant, c.respondent
    title = "恢复执行申请书" if resume else "强制执行申请书"
    s = Sheet()
    tf = font("sans_bold", 68)
    w = s.centred(TOP, title, tf, spacing=10)
    s.line((s.width - w) / 2, TOP + 92, (s.width + w) / 2, TOP + 92, width=3)
    f = font("kai", 44)
    if resume:
        asks = [("p", f"一、请求恢复执行{c.previous_number}案件；"),
                ("p", f"二、请求冻结并提取被执行人对{c.extra['owner']}享有的{c.extra['project']}到期工程款，以{money(c.amount)}为限。")]
        why = (f"申请执行人与被执行人建设工程分包合同纠纷一案，{ARB}{c.basis_number}裁决书已发生法律效力。贵院于"
               f"{cn_date(c.extra['prev_ttr'])}以被执行人暂无财产可供执行为由裁定终结本次执行程序。近日申请执行人查明：被执行人承建"
               f"的{c.extra['project']}已竣工结算，业主{c.extra['owner']}尚欠被执行人工程款未付，该债权已到期。现提供新的财产线索，"
               "特申请恢复执行。")
    else:
        asks = [("p", f"一、请求强制执行被执行人支付{money(c.amount)}；"), ("p", "二、请求被执行人加倍支付迟延履行期间的债务利息；"),
                ("p", "三、请求对被执行人及其法定代表人采取限制消费措施；被执行人拒不履行的，请求将其纳入失信被执行人名单；"),
                ("p", "四、本案执行费用由被执行人负担。")]
        why = (f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出的{c.basis_number}民事判决书已经发生法律效力。"
               "被执行人至今未履行判决确定的义务，根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行。")
    blocks = [("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"), ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
              ("h", f"被执行人：{_who(r)}"), ("f", "请求事项："), *asks, ("f", "事实与理由："), ("p", why),
              ("f", "此致"), ("f", COURT)]
    run = _flow(s, TOP + 150, blocks, f, lead=76, left=mm(26), right=mm(24))
    run.need(300)
    last, y = run.s, run.y + 40
    last.text(last.width - mm(110), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(45), y + 20, a.name, rng, radius=mm(19))
    else:
        pen(last, last.width - mm(62), y - 6, a.name, rng, size=58, ink=INK)
    pen(last, last.width - mm(95), y + 96, num_date(d), rng, size=44, ink=INK)
    if resume:
        y += 200
        if y + mm(40) > last.height - mm(20):
            last = Sheet()
            run.sheets.append(last)
            y = float(TOP)
        last.box(mm(26), y, last.width - mm(24), y + mm(40), width=2)
        last.text(mm(30), y + mm(3), "承办人意见：", font("serif", 32))
        pen(last, mm(62), y + mm(2), f"新线索属实，拟同意恢复执行。{c.officer}", rng, size=40, ink=BALLPOINT)
        last.text(mm(30), y + mm(22), "执行局长意见：", font("serif", 32))
        pen(last, mm(66), y + mm(21), f"同意。{c.extra['chief']} {d.month}.{d.day + 1 if d.day < 28 else d.day}", rng, size=40,
            ink=(180, 30, 40))
    if len(run.sheets) > 1:
        for n, sh in enumerate(run.sheets, 1):
            sh.centred(sh.height - mm(14), f"{n}/{len(run.sheets)}", font("kai", 32))
            if n > 1:
                sh.page_of = (n, len(run.sheets))
    return run.sheets


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(TOP + 10, "授权委托书", font("serif_bold", 74), spacing=24)
    f = font("serif", 42)
    blocks = [("h", f"委托人：{_who(a)}"), ("h", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，地址{c.extra['firm_addr']}。"),
              ("p", f"委托人因与{c.respondent.name}{c.extra['cause']}执行一案，委托上列受托人为委托代理人。"),
              ("p", "代理权限：特别授权，包括代为申请执行、恢复执行，提供财产线索，申请财产保全及强制措施，代为和解，代为收取执行款，"
                    "代为签收法律文书。"),
              ("p", "代理期限：自本委托书签署之日起至本案执行终结时止。")]
    run = _flow(s, TOP + 160, blocks, f, lead=76, left=mm(26), right=mm(24))
    y = run.y + 80
    s.text(mm(26), y, "委托人：", f)
    s.text(s.width - mm(104), y, "受托人：", f)
    if a.kind == "organisation":
        seal(s, mm(75), y + 100, a.name, rng, radius=mm(19))
        pen(s, mm(50), y + 60, a.legal_rep, rng, size=54, ink=INK)
    else:
        pen(s, mm(52), y - 6, a.name, rng, size=58, ink=INK)
        s.draw.ellipse((mm(88), y + 4, mm(88) + 36, y + 50), fill=(196, 46, 52))  # the red fingerprint
    pen(s, s.width - mm(80), y - 6, c.agent, rng, size=56, ink=INK)
    pen(s, s.width - mm(110), y + 160, num_date(d), rng, size=44, ink=INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    grey = (90, 90, 96)
    s.text(LEFT, TOP - 20, c.firm, font("sans_bold", 64), fill=(20, 60, 120))
    s.text(LEFT, TOP + 60, "HUNAN LAW FIRM", font("sans", 28), fill=grey, spacing=6)
    s.line(LEFT, TOP + 110, s.width - RIGHT, TOP + 110, width=4, fill=grey)
    s.right(s.width - RIGHT, TOP + 130, f"湘麓律函〔{d.year}〕第{rng.randint(30, 400)}号", font("serif", 36))
    s.centred(TOP + 220, "律师事务所函", font("serif_bold", 66), spacing=12)
    f = font("serif", 42)
    blocks = [("f", f"{COURT}："),
              ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的委托"
                    "代理人。特此函告，请予接洽。"),
              ("f", "附：授权委托书一份，律师执业证复印件一份。"),
              ("f", f"律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}")]
    run = _flow(s, TOP + 340, blocks, f, lead=78)
    y = run.y + 120
    s.right(s.width - RIGHT - mm(6), y, num_date(d), f)
    seal(s, s.width - RIGHT - mm(32), y - 10, c.firm, rng, radius=mm(20))
    s.line(LEFT, s.height - mm(26), s.width - RIGHT, s.height - mm(26), width=2, fill=grey)
    s.text(LEFT, s.height - mm(22), f"地址：{c.extra['firm_addr']}", font("sans", 28), fill=grey)
    return [s]


def _copier_ground(s: Sheet, x0: float, y0: float, x1: float, y1: float, rng: random.Random) -> None:
    g = rng.randint(205, 222)
    s.draw.rectangle((x0, y0, x1, y1), fill=(g, g, g - 3))


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's two inner pages photocopied on a grey ground; the lawyer's note under them."""
    s = Sheet()
    x0, y0 = mm(20), mm(36)
    lw, lh = mm(80), mm(112)
    _copier_ground(s, x0 - mm(4), y0 - mm(4), x0 + 2 * lw + mm(12), y0 + lh + mm(4), rng)
    for k in range(2):
        x = x0 + k * (lw + mm(8))
        s.draw.rectangle((x, y0, x + lw, y0 + lh), fill=(238, 236, 230), outline=(80, 80, 80), width=3)
    f = font("sans", 32)
    s.draw.rectangle((x0 + mm(22), y0 + mm(10), x0 + mm(58), y0 + mm(58)), fill=(130, 130, 130))
    s.centred(y0 + mm(66), "持证人照片", f, x0=x0, x1=x0 + lw)
    seal(s, x0 + mm(56), y0 + mm(52), "湖南省司法厅", rng, radius=mm(15))
    s.centred(y0 + mm(84), "中华人民共和国", font("serif_bold", 36), x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(94), "律师执业证", font("serif_bold", 46), x0=x0, x1=x0 + lw)
    x = x0 + lw + mm(8)
    rows = [("持证人", c.agent), ("性别", "男" if rng.random() < 0.6 else "女"), ("执业机构", c.firm), ("执业证类别", "专职"),
            ("执业证号", c.extra["licence"]), ("发证机关", "湖南省司法厅"), ("发证日期", f"{rng.randint(2015, 2021)}年{rng.randint(1, 12)}月")]
    ty = y0 + mm(12)
    for label, value in rows:
        s.text(x + mm(5), ty, label, font("sans", 28))
        for part in wrap(value, font("sans", 30), lw - mm(32))[:2]:
            s.text(x + mm(28), ty, part, font("sans", 30))
            ty += mm(7)
        ty += mm(5)
    s.text(x0, y0 + lh + mm(14), "律师年度考核备案：2023年度　称职", font("sans", 30))
    pen(s, x0 + mm(10), y0 + lh + mm(34), "此复印件与原件一致", rng, size=54, ink=INK)
    pen(s, x0 + mm(110), y0 + lh + mm(34), c.agent, rng, size=54, ink=INK)
    return [s]


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    """A resident ID card's two faces copied one above the other, on the copier's grey ground, the holder's note."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2 + rng.uniform(-mm(8), mm(8))
    ys = [mm(40), mm(40) + h + mm(14)]
    for y in ys:
        _copier_ground(s, x - mm(3), y - mm(3), x + w + mm(3), y + h + mm(3), rng)
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), fill=(226, 226, 222), outline=(110, 110, 110), width=2)
    born = p.born or date(1980, 1, 1)
    y = ys[0]
    lab, val = font("hei", 24), font("hei", 31)
    for k, (label, value) in enumerate((("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"),
                                        ("出生", f"{born.year}年{born.month}月{born.day}日"))):
        s.text(x + mm(4), y + mm(5) + k * mm(7.5), label, lab, fill=(70, 70, 70))
        s.text(x + mm(15), y + mm(4.5) + k * mm(7.5), value, val)
    s.text(x + mm(4), y + mm(28), "住址", lab, fill=(70, 70, 70))
    for k, part in enumerate([p.address[i:i + 11] for i in range(0, len(p.address), 11)][:3]):
        s.text(x + mm(15), y + mm(27.5) + k * mm(5.5), part, val)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(70, 70, 70))
    s.text(x + mm(24), y + h - mm(9), p.id_number, font("mono", 34))
    s.draw.rectangle((x + w - mm(26), y + mm(6), x + w - mm(4), y + mm(34)), fill=(120, 120, 120))
    y = ys[1]
    s.text(x + mm(28), y + mm(8), "中华人民共和国", font("hei", 38))
    s.text(x + mm(20), y + mm(20), "居民身份证", font("hei", 56), spacing=12)
    s.draw.ellipse((x + mm(4), y + mm(4), x + mm(20), y + mm(20)), outline=(90, 90, 90), width=3)
    s.text(x + mm(8), y + h - mm(16), f"签发机关　长沙市公安局{rng.choice(['岳麓分局', '开福分局', '天心分局'])}", lab)
    st = rng.randint(2015, 2021)
    s.text(x + mm(8), y + h - mm(9), f"有效期限　{st}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-{st + 20}.{rng.randint(1, 12):02d}."
           f"{rng.randint(1, 28):02d}", lab)
    pen(s, mm(36), ys[1] + h + mm(22), "仅供岳麓区人民法院执行立案使用", rng, size=50, ink=INK)
    pen(s, mm(120), ys[1] + h + mm(42), p.name, rng, size=56, ink=INK)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照（副本） copy, its national-emblem head and QR block, and under it the 法定代表人身份证明书 the company typed."""
    s = Sheet()
    x0, y0, x1, y1 = mm(16), mm(18), s.width - mm(16), mm(168)
    _copier_ground(s, x0 - mm(3), y0 - mm(3), x1 + mm(3), y1 + mm(3), rng)
    s.draw.rectangle((x0, y0, x1, y1), fill=(240, 238, 232))
    s.box(x0 + 10, y0 + 10, x1 - 10, y1 - 10, width=6, outline=(120, 100, 70))
    s.draw.ellipse((s.width / 2 - mm(9), y0 + mm(6), s.width / 2 + mm(9), y0 + mm(24)), outline=(110, 90, 60), width=4)
    s.centred(y0 + mm(27), "营 业 执 照", font("serif_bold", 88), spacing=20)
    s.centred(y0 + mm(45), "（副本）", font("serif", 34))
    s.draw.rectangle((x1 - mm(36), y0 + mm(16), x1 - mm(14), y0 + mm(38)), outline=(60, 60, 60), width=3)
    s.text(x0 + mm(8), y0 + mm(38), f"统一社会信用代码　{p.id_number}", font("serif", 32))
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "建筑装修装饰工程专业承包；室内装饰设计；建筑材料销售" if "装饰" in p.name else "一般项目：技术服务"),
            ("注册资本", f"{rng.choice([200, 500, 1000])}万元人民币"),
            ("成立日期", f"{rng.randint(2009, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    f = font("serif", 32)
    ty = y0 + mm(52)
    for label, value in rows:
        s.text(x0 + mm(10), ty, label, f)
        s.text(x0 + mm(42), ty, value[:32], f)
        ty += mm(9.5)
    s.text(x1 - mm(80), y1 - mm(30), "登记机关", f)
    seal(s, x1 - mm(46), y1 - mm(28), "长沙市岳麓区市场监督管理局", rng, radius=mm(17))
    y = y1 + mm(16)
    s.centred(y, "法定代表人身份证明书", font("serif_bold", 54), spacing=6)
    run = Flowing([s], y + mm(18), left=mm(24), right=mm(22))
    run.para(f"{p.legal_rep}，现任我公司执行董事兼总经理，系我公司法定代表人。特此证明。", font("serif", 40), lead=72, first=80)
    run.s.right(run.s.width - mm(30), run.y + 60, num_date(c.filed_on - timedelta(days=rng.randint(2, 10))), font("serif", 40))
    seal(run.s, run.s.width - mm(55), run.y + 50, p.name, rng, radius=mm(18))
    pen(s, mm(30), s.height - mm(30), "复印件与原件一致", rng, size=48, ink=INK)
    return [s]


def _registry_printout(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 国家企业信用信息公示系统 page for the respondent company, printed from the browser (url and time at the foot)."""
    s = Sheet()
    blue = (24, 86, 160)
    s.draw.rectangle((mm(12), mm(12), s.width - mm(12), mm(32)), fill=blue)
    s.text(mm(18), mm(16), "国家企业信用信息公示系统", font("sans_bold", 50), fill=(255, 255, 255))
    s.text(mm(14), mm(40), p.name, font("sans_bold", 48))
    s.text(mm(14), mm(52), "存续（在营、开业、在册）", font("sans", 30), fill=(40, 140, 60))
    s.text(mm(14), mm(64), "基础信息", font("sans_bold", 36), fill=blue)
    s.line(mm(14), mm(72), s.width - mm(14), mm(72), width=2, fill=blue)
    rows = [["统一社会信用代码", p.id_number, "企业名称", p.name], ["类型", "有限责任公司（自然人投资或控股）", "法定代表人", p.legal_rep],
            ["注册资本", f"{rng.choice([100, 300, 500, 1000])}万元人民币", "成立日期", f"{rng.randint(2012, 2020)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"],
            ["登记机关", "长沙市岳麓区市场监督管理局" if "岳麓" in p.address else "长沙市天心区市场监督管理局", "登记状态", "存续"],
            ["住所", p.address]]
    frame(s, mm(14), mm(78), [mm(38), mm(58), mm(30), s.width - mm(28) - mm(126)], rows, font("sans", 28),
          heights=mm(14), labels=(0, 2), ink=(150, 150, 160))
    s.text(mm(14), mm(160), "行政处罚信息　　暂无", font("sans", 30))
    s.text(mm(14), mm(170), "列入经营异常名录信息　　暂无", font("sans", 30))
    f = font("sans", 24)
    s.text(mm(10), s.height - mm(12), "https://www.gsxt.gov.cn/%7BB8F1A0C4E2%7D-detail.html", f)
    s.right(s.width - mm(10), s.height - mm(12), f"{c.filed_on:%Y/%m/%d} 10:{rng.randint(10, 59)}", f)
    s.text(mm(10), mm(5), f"{c.filed_on:%Y/%m/%d} 10:{rng.randint(10, 59)}　企业信息", f)
    return [s]


def _fee_bill(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """湖南省非税收入电子票据 printed on A4: red-brown rules, a QR block, the 财政 supervision seal printed in red."""
    s = Sheet()
    ink = (150, 50, 40)
    s.centred(mm(20), "湖南省非税收入电子票据", font("serif_bold", 58), fill=ink, spacing=4)
    s.draw.rectangle((mm(18), mm(14), mm(44), mm(40)), fill=(255, 255, 255), outline=INK, width=2)
    r2 = random.Random(c.number)
    for i in range(9):
        for j in range(9):
            if r2.random() < 0.5 or (i < 3 and j < 3):
                s.draw.rectangle((mm(19) + i * mm(2.7), mm(15) + j * mm(2.7), mm(19) + (i + 1) * mm(2.7), mm(15) + (j + 1) * mm(2.7)),
                                 fill=INK)
    f = font("serif", 30)
    s.text(mm(50), mm(36), f"票据代码：43010124　　票据号码：{rng.randint(10**9, 10**10 - 1)}　　校验码：{rng.randint(10**5, 10**6 - 1)}", f)
    s.text(mm(50), mm(43), f"交款人：{c.applicant.name}　　开票日期：{c.filed_on:%Y-%m-%d}", f)
    fee: Decimal = c.extra["fee"]
    w = s.width - mm(36)
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"], ["103040101", "申请执行费", "件", "1", "—", f"{fee:,.2f}"],
            ["", "", "", "", "", ""], ["金额合计（大写）", money_caps(fee), "（小写）", f"{fee:,.2f}"],
            ["备注", f"案号：{c.number}"]]
    frame(s, mm(18), mm(52), [mm(34), mm(52), mm(18), mm(18), mm(24), w - mm(146)], rows, f, heights=mm(13),
          labels=(), ink=ink)
    s.text(mm(18), mm(124), f"收款单位：{COURT}　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f, fill=ink)
    seal(s, s.width - mm(52), mm(28), "湖南省财政厅", rng, radius=mm(15), inner="票据监制章")
    for x in range(mm(10), s.width - mm(10), 20):
        s.line(x, mm(140), x + 9, mm(140), width=1, fill=(160, 160, 160))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's printed forms, filled in by the party or the lawyer in ballpoint."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    w = s.width - LEFT - RIGHT
    agent_signs = c.agent
    if code == "payment_account_confirmation":
        y = form_title(s, "执行案款收取账户确认书")
        rows = [("案号", c.number), ("申请执行人", a.name), ("户名", a.name), ("开户行", c.extra["in_bank"]),
                ("账号", c.extra["in_acct"]), ("联系电话", a.phone)]
        note = "本人（单位）确认以上账户为收取本案执行款的账户，因账户信息有误造成的损失由本人（单位）承担。"
    elif code == "service_address_confirmation":
        y = form_title(s, "当事人送达地址确认书")
        rows = [("案号", c.number), ("当事人", a.name), ("送达地址", a.address), ("代收人", c.agent), ("手机号码", c.agent_phone),
                ("是否同意电子送达", f"同意，短信、微信接收，号码{c.agent_phone}")]
        note = "当事人提供或确认的送达地址不准确，或者送达地址变更未及时告知法院，导致文书未能被实际接收的，文书退回之日视为送达之日。"
    elif code == "property_clue_form":
        y = form_title(s, "被执行人财产线索")
        clue = ({"lesson": f"{c.extra.get('r_bank', '')}基本户，账号{c.extra.get('r_acct', '')}；学校仍在招生收费",
                 "loan": "公司名下原有租赁车辆十余台（车牌不详）；法定代表人住岳麓区"})[str(c.extra["tale"])]
        rows = [("案号", c.number), ("被执行人", r.name), ("信用代码", r.id_number), ("住所", r.address), ("财产线索", clue),
                ("线索来源", "申请人自行了解")]
        note = "申请执行人应当如实提供财产线索，提供虚假线索的，依法承担法律责任。"
    else:
        y = form_title(s, "被执行人财产申报表")
        said = {"lesson": (f"{c.extra.get('r_bank', '')}基本户", "无", "无", "教室租赁合同一份"),
                "fitout": ("一般户两个，余额不足千元", "无", f"{c.extra.get('owner', '')}欠工程款（未结清）", "无"),
                "loan": ("无", "无（原租赁车辆均为融资租赁，已被收回）", "无", "无")}[str(c.extra["tale"])]
        rows = [("案号", c.number), ("申报人", f"{r.name}（法定代表人{r.legal_rep}）"), ("银行存款", said[0]), ("不动产", "无"),
                ("车辆", said[1]), ("应收款", said[2]), ("其他", said[3])]
        note = "申报人保证以上申报真实、完整，如有隐瞒或虚假申报，愿承担法律责任。"
        agent_signs = r.legal_rep
    boxes = frame(s, LEFT, y, [mm(46), w - mm(46)], [[label, ""] for label, _ in rows], font("serif", 36),
                  heights=[mm(26) if len(v) > 20 else mm(16) for _, v in rows])
    for (_label, value), b in zip(rows, right_cells(boxes, LEFT), strict=True):
        pen(s, b[0] + mm(4), b[1] + mm(3), value, rng, size=40, per_line=20, lead=mm(8), ink=BALLPOINT)
    run = Flowing([s], boxes[-1][3] + 44)
    run.para(note, font("serif", 32), lead=54, first=64)
    y = run.y + 60
    s.text(s.width - RIGHT - mm(118), y, "签名（盖章）：", font("serif", 38))
    pen(s, s.width - RIGHT - mm(60), y - 8, agent_signs, rng, size=54, ink=BLACK_PEN)
    pen(s, s.width - RIGHT - mm(70), y + 84, num_date(d), rng, size=42, ink=BLACK_PEN)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统's 总对总 feedback, printed landscape on A4 (it is scanned turned 90°)."""
    r = c.respondent
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"), ("交通银行", "存款"),
             ("中国邮政储蓄银行", "存款"), ("招商银行", "存款"), ("长沙银行", "存款"), ("湖南银行", "存款"),
             ("长沙农村商业银行", "存款"), ("支付宝", "网络资金"), ("财付通", "网络资金"), ("公安部交通管理局", "车辆"),
             ("自然资源部", "不动产"), ("中国证券登记结算有限责任公司", "证券"), ("市场监管总局", "股权")]
    tale = c.extra["tale"]
    rows = [["序号", "协助单位", "财产类型", "查询结果", "余额/数量", "反馈时间"]]
    for i, (unit, kind) in enumerate(units, 1):
        if tale == "lesson" and unit == "长沙银行":
            res, val = "有存款", f"{c.amount * Decimal('1.3'):,.2f}"
        elif tale == "lesson" and kind == "存款" and rng.random() < 0.3:
            res, val = "有账户", f"{rng.randint(0, 2000)}.{rng.randint(10, 99)}"
        else:
            res, val = "未查询到财产" if kind != "存款" else "无账户或余额为零", "0"
        rows.append([str(i), unit, kind, res, val, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"])
    s = Sheet(size=(A4[1], A4[0]))
    mono = font("mono", 28)
    s.centred(mm(12), "网络执行查控系统　总对总查询反馈结果", font("sans_bold", 46))
    s.text(mm(14), mm(26), f"案号：{c.number}　　承办人：{c.officer}　　被查询人：{r.name}　　证件号码：{r.id_number}", mono)
    frame(s, mm(14), mm(34), [mm(16), mm(78), mm(30), mm(56), mm(40), s.width - mm(28) - mm(220)], rows, mono,
          heights=mm(9.2), labels=(0,), ink=(70, 70, 70))
    s.text(mm(14), s.height - mm(12), f"打印人：{c.clerk}　打印时间：{d + timedelta(days=3):%Y-%m-%d}", mono)
    return [s]


def _bank_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """长沙银行's 网上银行电子回单: the court's account paying the applicant, two copies a sheet (付款 and 收款 stubs)."""
    s = Sheet()
    teal = (20, 110, 120)
    f = font("sans", 30)
    day = c.extra["pay_day"] + timedelta(days=2)
    y = mm(20)
    for copy in ("付款回单", "收款回单"):
        s.box(mm(16), y, s.width - mm(16), y + mm(112), width=2, outline=teal)
        s.centred(y + mm(5), f"长沙银行　网上银行电子回单（{copy}）", font("sans_bold", 42), fill=teal)
        s.text(mm(22), y + mm(17), f"回单号：{rng.randint(10**13, 10**14 - 1)}　　记账日期：{day:%Y年%m月%d日}", f)
        w = s.width - mm(44)
        rows = [["付款人", f"{COURT}执行款专户", "收款人", c.applicant.name],
                ["付款账号", f"8001{rng.randint(10**12, 10**13 - 1)}", "收款账号", c.extra["in_acct"]],
                ["付款行", "长沙银行岳麓支行", "收款行", c.extra["in_bank"]],
                ["金额", f"¥{c.amount:,.2f}", "大写", money_caps(c.amount)], ["摘要", f"{c.number}案款发放"]]
        frame(s, mm(22), y + mm(27), [mm(26), mm(62), mm(26), w - mm(114)], rows, f, heights=mm(13), labels=(0, 2), ink=teal)
        seal(s, s.width - mm(52), y + mm(94), "长沙银行岳麓支行", rng, radius=mm(14), inner="电子回单专用章")
        y += mm(128)
    s.text(mm(16), s.height - mm(18), "温馨提示：电子回单可通过长沙银行官网验证，重复打印不影响其效力。", font("sans", 26))
    return [s]

