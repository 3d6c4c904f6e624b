"""What the 赫山 bureau receives, in its makers' hands: the tribunals' 民事调解书 and 生效证明书 (court_gt_kit's tribunal
press); the lawyers' typed papers (a 益阳 firm's Word pages in GB 宋, its letter under a red letterhead); the old
farmer's 恢复执行申请书 written with a ballpoint on the village committee's ruled letter paper, large and unsteady,
one word struck through, his thumbprint by his name and the original undertaker's note in black at the foot; the
window's forms (财产线索, 收款账户, 送达地址) and the 财产申报表 filled by hand; the settlement typed by the first
round's clerk and signed by both sides, the guarantor's 执行担保书 on the bureau's printed form; ID-card and licence
photocopies; the non-tax payment form; the 查控 system's printout; the bank's and the court's money papers."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

import numpy as np

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date
from dossier.corpus.draw import INK, Sheet, mm, seal
from dossier.corpus.families.court_gt_kit import (
    BALL,
    GEL,
    LEFT,
    RIGHT,
    body,
    form_title,
    gb,
    grid,
    hei,
    pen,
    thumb,
    tribunal_paper,
)
from dossier.corpus.families.court_gt_story import COURT, made_on, tale
from dossier.corpus.fonts import font
from dossier.corpus.paper import House, Paper, footer, scrawl, stamp, typeset

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "resumption_application", "settlement_agreement", "property_declaration_form",
    "online_inquiry_result", "payment_voucher",
})
FIRM = House(body="song_gb", body_mm=5.2, leading=1.95, title="serif_bold", title_mm=8.4, title_spacing_mm=1.4,
             heading="above", top=30, bottom=26, left=30, right=27, footer="none", hand="kai_gb", para_gap_mm=0.8)
FIRM_LETTER = House(body="song_gb", body_mm=5.4, leading=1.9, title="serif_bold", title_mm=8.0, heading="letterhead",
                    top=22, left=30, right=26, footer="none", hand="kai_gb")


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_basis":
        return _mediation(c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "identity_proof":
        return [_id_copy(c.respondent if served == ["respondent"] else c.applicant, rng)]
    if code == "resumption_application":
        return _old_mans_letter(c, rng) if tale(c) == "mat" else _lawyer_resumption(c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng) + _guarantee(c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "payment_voucher":
        return _voucher(c, rng)
    if code == "fee_receipt":
        return _fee_form(c, rng)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation"):
        return _window_form(code, c, rng)
    return _lawyer_paper(code, c, rng)


def _who(p: Party) -> str:
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}"


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The tribunal's 民事调解书: parties, the claim, the settlement they reached before the judge, confirmed."""
    a, r, g = c.applicant, c.respondent, c.extra["guarantor"]
    loan: date = c.extra["loan_day"]
    t = tale(c)
    filed = c.basis_effective - timedelta(days=rng.randint(30, 60))
    blocks: list[tuple[str, str]] = [("h", f"原告：{_who(a)}。"), ("h", f"被告：{_who(r)}。")]
    if t == "shrimp":
        blocks.append(("h", f"被告：{_who(g)}。"))
    blocks.append(("p", f"原告{a.name}与被告{r.name}{'、' + g.name if t == 'shrimp' else ''}民间借贷纠纷一案，本院于"
                        f"{num_date(filed)}立案后，依法适用简易程序进行了审理。"))
    purpose = {"mat": f"开办{c.extra['trade']}", "shrimp": f"承包水田发展{c.extra['trade']}", "tea": f"经营{c.extra['trade']}"}[t]
    guar = (f"，{g.name}在借条上以保证人身份签字" if t == "shrimp" else "")
    blocks.append(("p", f"原告诉称：{num_date(loan)}，被告{r.name}因{purpose}向原告借款{c.amount:,.0f}元，出具借条一张，约定"
                        f"一年内归还{guar}。借款到期后，经原告多次催讨，被告至今未还。请求判令被告偿还借款本金"
                        f"{c.amount:,.0f}元及利息，并承担本案诉讼费用。"))
    if t == "shrimp":
        blocks.append(("p", f"审理中，原告以保证期间已经届满为由，申请撤回对被告{g.name}的起诉，本院已另行裁定予以准许。"))
    blocks.append(("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："))
    due = c.basis_effective + timedelta(days=rng.choice([30, 60, 90]))
    blocks += [("p", f"一、被告{r.name}欠原告{a.name}借款本金{c.amount:,.0f}元，于{num_date(due)}前一次性付清；"),
               ("p", "二、原告自愿放弃对利息的诉讼请求；"),
               ("p", f"三、如被告{r.name}未按本协议第一项约定的期限足额付款，原告有权就全部未付款项申请强制执行，"
                     "并要求被告按全国银行间同业拆借中心公布的一年期贷款市场报价利率支付自逾期之日起至付清之日止的利息；"),
               ("p", f"四、本案案件受理费减半收取{c.extra['case_fee']}元，由被告{r.name}负担（原告已预交，被告于付款时一并"
                     "支付给原告）。"),
               ("p", "上述协议，不违反法律规定，本院予以确认。"),
               ("p", "本调解书经双方当事人签收后，即具有法律效力。")]
    return tribunal_paper(c, rng, str(c.extra["tribunal"]), "民事调解书", blocks, day=made_on(c, "enforcement_basis"),
                          number=c.basis_number, signers=[("审判员", c.extra["t_judge"])], clerk=c.extra["t_clerk"])


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    blocks = [("f", f"{c.applicant.name}："),
              ("p", f"你与{c.respondent.name}民间借贷纠纷一案，本院{c.basis_number}民事调解书已于{num_date(c.basis_effective)}"
                    "经双方当事人签收，依法发生法律效力。"),
              ("p", "特此证明。")]
    return tribunal_paper(c, rng, str(c.extra["tribunal"]), "生效证明书", blocks, day=made_on(c, "effectiveness_certificate"),
                          number=c.basis_number.replace("号", "号之一"), signers=[], clerk=c.extra["t_clerk"],
                          copy_stamp=False)


def _id_copy(p: Party, rng: random.Random) -> Sheet:
    """An ID card photocopied on the window's copier: the two faces side by side across the top of the sheet, toner
    grey, and the holder's note across the bottom in ballpoint."""
    s = Sheet()
    grey, dark = (120, 120, 120), (40, 40, 40)
    w, h = mm(85.6) * 0.98, mm(54) * 0.98
    y = mm(34) + rng.uniform(-mm(4), mm(4))
    x1 = mm(16)
    x2 = x1 + w + mm(8)
    for x in (x1, x2):
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=(214, 214, 214), outline=grey, width=2)
    f, fv = font("hei", mm(3.2)), font("hei", mm(3.6))
    born = p.born or date(1980, 1, 1)
    ty = y + mm(6)
    for k, v in [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")]:
        s.text(x1 + mm(5), ty, k, f, fill=grey)
        s.text(x1 + mm(17), ty, v, fv, fill=dark)
        ty += mm(8)
    s.text(x1 + mm(5), ty, "住址", f, fill=grey)
    addr = p.address.removeprefix("湖南省")
    for at in range(0, len(addr), 10):
        s.text(x1 + mm(17), ty, addr[at:at + 10], fv, fill=dark)
        ty += mm(5.2)
    s.text(x1 + mm(5), y + h - mm(9), "公民身份号码", f, fill=grey)
    s.text(x1 + mm(28), y + h - mm(9.5), p.id_number, font("mono", mm(4)), fill=dark)
    s.draw.rectangle((x1 + w - mm(27), y + mm(7), x1 + w - mm(5), y + mm(34)), fill=(150, 150, 150))
    s.centred(y + mm(8), "中华人民共和国", font("hei", mm(5)), x0=x2 + mm(14), x1=x2 + w, fill=dark)
    s.centred(y + mm(18), "居民身份证", font("hei", mm(6.5)), x0=x2 + mm(14), x1=x2 + w, fill=dark, spacing=mm(1.2))
    s.draw.ellipse((x2 + mm(5), y + mm(5), x2 + mm(19), y + mm(19)), outline=grey, width=3)
    s.text(x2 + mm(8), y + h - mm(16), "签发机关　益阳市公安局赫山分局", f, fill=dark)
    start = rng.randint(2012, 2021)
    end = "长期" if (p.born and p.born.year < 1960) else f"{start + 20}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}"
    s.text(x2 + mm(8), y + h - mm(9), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-{end}", f,
           fill=dark)
    note_y = y + h + mm(24)
    pen(s, mm(30), note_y, "此复印件与原件一致，仅供赫山区人民法院执行使用", rng, size=6, role="kai_gb", ink=BALL)
    pen(s, s.width - mm(80), note_y + mm(16), p.name, rng, size=7, role="kai_gb", ink=BALL)
    if p.born and p.born.year < 1955:
        thumb(s, s.width - mm(48), note_y + mm(12), rng)
    return s


def _lawyer_paper(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "enforcement_application":
        doc = Paper("强制执行申请书", [
            ("f", f"申请执行人：{_who(a)}，联系电话{a.phone}。"),
            ("f", f"委托代理人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
            ("f", f"被执行人：{_who(r)}，联系电话{r.phone}。"),
            ("h", "申请事项："),
            ("p", f"一、请求依法强制执行{COURT}{c.basis_number}民事调解书，责令被执行人偿还借款本金{money(c.amount)}；"),
            ("p", "二、请求责令被执行人加倍支付迟延履行期间的债务利息；"),
            ("p", "三、请求对被执行人采取限制消费措施，并依法将其纳入失信被执行人名单；"),
            ("p", "四、本案执行费用由被执行人负担。"),
            ("h", "事实与理由："),
            ("p", f"申请执行人与被执行人民间借贷纠纷一案，经贵院{c.extra['tribunal']}主持调解，双方达成调解协议，贵院"
                  f"作出{c.basis_number}民事调解书，该调解书已于{num_date(c.basis_effective)}发生法律效力。被执行人应于调解书"
                  "确定的期限内付清借款，但至今分文未付。"),
            ("p", f"为维护申请执行人的合法权益，依照{'《中华人民共和国民事诉讼法》'}第二百四十七条的规定，特向贵院申请强制执行。"
                  "申请执行人同意贵院以电子方式向其送达执行文书。"),
            ("f", "此致"), ("f", COURT),
            ("hsig", f"申请执行人：{a.name}"), ("sig", f"委托代理人：{c.agent}"), ("date", num_date(made_on(c, code))),
        ])
        return typeset(doc, FIRM, rng)
    if code == "power_of_attorney":
        doc = Paper("授权委托书", [
            ("f", f"委托人：{_who(a)}。"),
            ("f", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，电话{c.agent_phone}。"),
            ("p", f"现委托上列受托人在我与{r.name}民间借贷纠纷{'恢复' if c.category == 'resumption' else ''}执行一案中，"
                  "作为我的委托代理人。"),
            ("p", "代理权限为特别授权：代为申请执行、申请恢复执行，代为提供财产线索，代为参加询问、约谈，代为达成、签署执行"
                  "和解协议，代为签收法律文书，代为申领执行款。"),
            ("p", "委托期限：自签字之日起至本案执行终结时止。"),
        ])
        return sign_below(typeset(doc, FIRM, rng), [("委托人", a.name, tale(c) == "mat"), ("受托人", c.agent, False)],
                          made_on(c, code), rng)
    if code == "law_firm_letter":
        doc = Paper("律师事务所函", [
            ("c", f"湘银律函〔{c.filed_on.year}〕第{rng.randint(11, 320)}号"),
            ("f", f"{COURT}："),
            ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}民间借贷纠纷"
                  f"{'恢复' if c.category == 'resumption' else ''}执行一案的代理人。"),
            ("p", "特此函告。"),
            ("f", "附：授权委托书一份、律师执业证复印件一份。"),
            ("gap", ""), ("sig", c.firm), ("date", cn_date(made_on(c, code))),
            ("f", f"地址：{c.extra['firm_addr']}　　联系人：{c.agent}　　电话：{c.agent_phone}"),
        ], issuer=c.firm, seal=c.firm)
        return typeset(doc, FIRM_LETTER, rng)
    raise KeyError(code)


def _lawyer_resumption(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r, g = c.applicant, c.respondent, c.extra["guarantor"]
    due, amt = c.extra["instalments"][1]
    doc = Paper("恢复执行申请书", [
        ("f", f"申请人（原申请执行人）：{_who(a)}。"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被申请人（原被执行人）：{_who(r)}。"),
        ("h", "请求事项："),
        ("p", f"请求恢复{COURT}{c.basis_number}民事调解书的执行，执行剩余借款{money(Decimal(c.extra['owed']))}及迟延履行期间"
              "的债务利息。"),
        ("h", "事实与理由："),
        ("p", f"申请人申请执行被申请人民间借贷纠纷一案（案号{c.previous_number}），执行中双方于{num_date(c.extra['settled'])}"
              f"达成执行和解协议，由{g.name}提供担保，申请人据此撤回了执行申请。"),
        ("p", f"和解协议约定被申请人应于{num_date(due)}前支付第二期款项{amt:,.0f}元，但被申请人除第一期"
              f"{c.extra['paid_first']:,.0f}元外，至今未再付款，已构成违约。"),
        ("p", "依照《最高人民法院关于执行和解若干问题的规定》第九条的规定，特申请恢复执行。"),
        ("f", "此致"), ("f", COURT),
        ("hsig", f"申请人：{a.name}"), ("sig", f"委托代理人：{c.agent}"), ("date", num_date(made_on(c, "resumption_application"))),
    ])
    sheets = typeset(doc, FIRM, rng)
    _undertaker_note(sheets[-1], c, rng, sheets[-1].height - mm(62))
    return sheets


def _undertaker_note(s: Sheet, c: CaseCtx, rng: random.Random, y: float) -> None:
    """The original undertaker's note in black gel pen at the foot of the application."""
    x = mm(30)
    pen(s, x, y, "原承办人意见：情况属实，被执行人未履行和解协议，", rng, size=5.4, role="kai", ink=GEL, slant=3)
    pen(s, x + mm(30), y + mm(9), "同意恢复执行。", rng, size=5.4, role="kai", ink=GEL, slant=3)
    when = made_on(c, "resumption_application") + timedelta(days=1)
    pen(s, s.width - mm(88), y + mm(22), f"{c.extra['prev_officer']}　{when.year}.{when.month}.{when.day}", rng, size=5.6,
        role="kai", ink=GEL, slant=3)


def _old_mans_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The old farmer's application, ballpoint on the village committee's ruled letter paper: a red letterhead and
    red rules; large unsteady characters one to a ruled line's span, a word struck through, his thumb by his name."""
    a, r, g = c.applicant, c.respondent, c.extra["guarantor"]
    due, _amt = c.extra["instalments"][1]
    village = a.address.removeprefix("湖南省益阳市赫山区").split("村")[0] + "村"
    born = a.born or date(1949, 1, 1)
    text = [
        ("title", "恢复执行申请书"),
        ("l", f"申请人：{a.name}，男，{born.year}年{born.month}月{born.day}日生，汉族，住{a.address.removeprefix('湖南省益阳市')}，"
              f"身份证号{a.id_number}，电话{a.phone}。"),
        ("l", f"被申请人：{r.name}，男，住{r.address.removeprefix('湖南省益阳市')}，身份证号{r.id_number}。"),
        ("l", f"请求事项：请求法院恢复执行{c.basis_number}民事调解书，要被申请人还清剩下的借款"
              f"{Decimal(c.extra['owed']):,.0f}元。"),
        ("l", f"事实与理由：{r.name}是我邻居的儿子，{c.extra['loan_day'].year}年他说办凉席厂差钱，我把~存款~征地补偿款借给他，"
              f"写了借条。到期不还，我到泉交河法庭起诉，法庭调解了，他还是不还。我申请了执行，案号是{c.previous_number}。"),
        ("l", f"执行的时候他说愿意分三次还，他姐夫{g.name}做担保，我就和他签了和解协议，撤回了申请。他只还了第一次的"
              f"{c.extra['paid_first']:,.0f}元，第二次{num_date(due)}到期，一分钱没给，电话也不接。"),
        ("l", "我今年七十多岁了，这钱是我的养老钱。现在申请法院恢复执行，他姐夫在担保书上写了愿意法院直接执行他的财产，"
              "请法院依法执行担保人的存款。"),
        ("l", "此致"), ("l", "赫山区人民法院执行局"),
    ]
    sheets: list[Sheet] = []
    rule, top, per = mm(11), mm(44), 23

    def new() -> Sheet:
        s = Sheet(paper=(252, 250, 244))
        red = (196, 64, 60)
        s.centred(mm(14), f"益阳市赫山区{village}民委员会", font("song_gb", mm(7.2)), fill=red, spacing=mm(0.8))
        s.line(mm(16), mm(27), s.width - mm(16), mm(27), width=4, fill=red)
        s.line(mm(16), mm(28.4), s.width - mm(16), mm(28.4), width=1, fill=red)
        for k in range(21):
            yy = top + rule * (k + 1)
            s.line(mm(16), yy, s.width - mm(16), yy, width=1, fill=(214, 150, 150))
        s.line(mm(30), mm(31), mm(30), top + rule * 21, width=1, fill=(214, 150, 150))
        sheets.append(s)
        return s

    s = new()
    row = 0
    for kind, t in text:
        if kind == "title":
            pen(s, mm(66), top - mm(9), t, rng, size=8.6, role="kai_gb", ink=BALL, slant=8)
            continue
        first = mm(14) if t not in ("此致",) and not t.startswith("赫山") else 0
        for k, part in enumerate(_chunks(t, per)):
            if row >= 20:
                s = new()
                row = 0
            y = top + rule * row + mm(1.5)
            _written_line(s, mm(32) + (first if k == 0 else 0), y, part, rng)
            row += 1
    if row > 15:
        s = new()
        row = 0
    y = top + rule * (row + 1)
    pen(s, s.width - mm(104), y + mm(1.5), f"申请人：{a.name}", rng, size=7.4, role="kai_gb", ink=BALL, slant=8)
    thumb(s, s.width - mm(42), y - mm(3), rng)
    d = made_on(c, "resumption_application")
    pen(s, s.width - mm(100), y + rule + mm(1.5), f"{d.year}年{d.month}月{d.day}日", rng, size=7, role="kai_gb", ink=BALL,
        slant=8)
    _undertaker_note(s, c, rng, top + rule * (row + 4) + mm(2))
    return sheets


def _chunks(t: str, per: int) -> list[str]:
    """`t` cut into lines of `per` written characters; a struck word (between ~) stays whole and counts its length."""
    out, cur, n, inside = [], "", 0, False
    for ch in t:
        if ch == "~":
            inside = not inside
            cur += ch
            continue
        if n >= per and not inside:
            out.append(cur)
            cur, n = "", 0
        cur += ch
        n += 1
    return [*out, cur] if cur else out


def _written_line(s: Sheet, x: float, y: float, line: str, rng: random.Random) -> None:
    """One ruled line of the old man's hand; a word between ~ is written, then struck through twice (and not read)."""
    size = mm(7.2)
    for k, run in enumerate(line.split("~")):
        if not run:
            continue
        w = scrawl(s, x, y, run, rng, role="kai_gb", size=size, ink=BALL, slant=8)
        if k % 2:
            s.lines.pop()
            for dy in (mm(3.6), mm(4.9)):
                s.line(x - mm(1), y + dy + rng.uniform(-mm(0.4), mm(0.4)), x + w + mm(1), y + dy - mm(0.6), width=3,
                       fill=BALL)
        x += w + mm(1)
    written = [t for k, t in enumerate(line.split("~")) if k % 2 == 0 and t]
    if len(written) > 1:
        del s.lines[-len(written):]
        s.lines.append("".join(written))


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The first round's settlement, typed by the clerk on the bureau's template; signed and thumbed by both."""
    a, r, g = c.applicant, c.respondent, c.extra["guarantor"]
    plan = c.extra["instalments"]
    doc = Paper("执行和解协议", [
        ("f", f"案号：{c.previous_number}"),
        ("f", f"申请执行人（甲方）：{_who(a)}。"),
        ("f", f"被执行人（乙方）：{_who(r)}。"),
        ("f", f"担保人（丙方）：{_who(g)}。"),
        ("p", f"甲乙双方就{COURT}{c.basis_number}民事调解书的执行，在本院执行人员主持下，经平等协商，自愿达成如下和解协议："),
        *[("p", f"{'一二三'[k]}、乙方于{num_date(day)}前向甲方支付{amt:,.0f}元；") for k, (day, amt) in enumerate(plan)],
        ("p", "四、乙方按期足额履行的，甲方放弃迟延履行期间的债务利息；"),
        ("p", "五、丙方自愿为乙方履行本协议提供连带责任保证，另行向执行法院出具执行担保书；"),
        ("p", "六、本协议签订后，甲方向执行法院撤回执行申请。乙方任何一期未按约定足额付款的，甲方有权申请恢复执行原生效法律"
              "文书，已付款项予以扣除；"),
        ("p", "七、本协议一式四份，甲、乙、丙三方各执一份，交执行法院一份附卷。"),
    ])
    house = House(body="serif", body_mm=5.0, leading=1.85, title="hei", title_mm=8.6, title_spacing_mm=3.0,
                  heading="double_rule", top=28, bottom=26, left=28, right=24, footer="none", hand="kai_gb",
                  para_gap_mm=0.6)
    sheets = sign_below(typeset(doc, house, rng), [("甲方（签名、捺印）", a.name, True), ("乙方（签名、捺印）", r.name, True),
                                                   ("丙方（签名、捺印）", g.name, True)], c.extra["settled"], rng)
    footer(sheets, "slash", gb(4.2), 26)
    last = sheets[-1]
    stamp(last, mm(30), last.height - mm(50), ["主持和解：" + str(c.extra["prev_officer"])], rng, size_mm=4,
          colour=(60, 60, 70), face="song_gb")
    return sheets


def ink_bottom(s: Sheet, limit: float) -> float:
    """The lowest row above `limit` that carries any ink: where a typed paper's text ended."""
    grey = np.asarray(s.image.convert("L").crop((0, 0, s.width, int(limit))))
    rows = np.nonzero((grey < 160).sum(axis=1) > 2)[0]
    return float(rows[-1]) if len(rows) else float(mm(40))


def sign_below(sheets: list[Sheet], who: list[tuple[str, str, bool]], day: date, rng: random.Random) -> list[Sheet]:
    """Signature lines under a typed paper's text: the printed role, the name by hand, a thumbprint where pressed,
    and the date; on a fresh sheet when the text left no room."""
    s = sheets[-1]
    y = ink_bottom(s, s.height - mm(34)) + mm(14)
    if y + mm(14) * len(who) + mm(16) > s.height - mm(26):
        s = Sheet()
        sheets.append(s)
        y = float(mm(34))
    f = gb(5.2)
    x = s.width - mm(128)
    for role, name, pressed in who:
        s.text(x, y, f"{role}：", f)
        w = scrawl(s, x + f.getlength(f"{role}：") + mm(2), y - mm(2), name, rng, role="kai_gb", size=mm(7), ink=GEL)
        if pressed:
            thumb(s, x + f.getlength(f"{role}：") + w + mm(5), y - mm(5), rng)
        y += mm(14)
    s.text(x + mm(40), y + mm(2), num_date(day), f)
    return sheets


def _guarantee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """执行担保书: the bureau's printed form (its own heading), filled in and signed by the guarantor."""
    g, r, a = c.extra["guarantor"], c.respondent, c.applicant
    s = Sheet()
    s.starts_document = True
    y = form_title(s, "执 行 担 保 书")
    s.right(s.width - RIGHT, y - mm(3), f"案号：{c.previous_number}", body(4.6))
    y += mm(6)
    w = s.width - LEFT - RIGHT
    rows = [["担保人", ""], ["身份证号", ""], ["住址 / 电话", ""], ["被担保人（被执行人）", ""], ["申请执行人", ""],
            ["担保方式", "□ 财产担保　　☑ 保证"], ["担保范围", ""], ["担保期间", ""]]
    hs = [mm(13)] * 5 + [mm(13), mm(24), mm(16)]
    boxes = grid(s, LEFT, y, [mm(46), w - mm(46)], rows, body(4.6), heights=hs)
    fill = [g.name, g.id_number, f"{g.address.removeprefix('湖南省益阳市')}　{g.phone}", r.name, a.name, "",
            f"和解协议确定的全部未付款项，共计{c.amount - Decimal(0):,.0f}元（已付部分相应扣减）",
            "自和解协议最后一期履行期限届满之日起六个月"]
    for (row, v) in zip(boxes, fill, strict=True):
        if v:
            pen(s, row[1][0] + mm(3), row[1][1] + mm(2.5), v, rng, size=5, role="kai", per_line=26, lead=mm(7))
    y = boxes[-1][0][3] + mm(8)
    promise = (f"担保人自愿为被执行人{r.name}履行{c.previous_number}案执行和解协议提供担保。被执行人不履行和解协议的，"
               f"担保人自愿接受人民法院直接强制执行，以本人在{c.extra.get('g_bank', '银行')}的存款及其他财产承担责任，"
               "且不申请将担保人变更、追加为被执行人。")
    for part in [promise[i:i + 31] for i in range(0, len(promise), 31)]:
        s.text(LEFT, y, part, body(4.7))
        y += mm(8)
    y += mm(8)
    s.text(s.width - RIGHT - mm(92), y, "担保人（签名并捺印）：", body(4.8))
    pen(s, s.width - RIGHT - mm(38), y - mm(2), g.name, rng, size=7.4, role="kai_gb", ink=GEL)
    thumb(s, s.width - RIGHT - mm(18), y - mm(6), rng)
    pen(s, s.width - RIGHT - mm(60), y + mm(14), num_date(c.extra["settled"]), rng, size=5.6, role="kai", ink=GEL)
    s.text(LEFT, s.height - mm(30), "附：担保人身份证复印件一份、存款凭证复印件一份。", body(4.2))
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """财产申报表: the bureau's two-page form, filled by the debtor in a cheap blue ballpoint."""
    r = c.respondent
    t = tale(c)
    d = made_on(c, "property_declaration_form")
    s1 = Sheet()
    y = form_title(s1, "财 产 申 报 表")
    s1.text(LEFT, y - mm(3), f"案号：{c.number}", body(4.5))
    s1.right(s1.width - RIGHT, y - mm(3), "（被执行人填写）", body(4.5))
    y += mm(6)
    w = s1.width - LEFT - RIGHT
    f = body(4.3)
    info = [["申报人", "", "性别", ""], ["身份证号", "", "联系电话", ""], ["户籍地址", ""], ["经常居住地", ""],
            ["工作单位 / 职业", ""]]
    b1 = grid(s1, LEFT, y, [mm(34), mm(58), mm(24), w - mm(116)], info, f, heights=mm(12), labels=(0, 2))
    job = {"mat": "无固定职业（原凉席作坊已停业）", "shrimp": "务工（打零工）", "tea": f"个体经营（{c.extra['trade']}）"}[t]
    for (row, vals) in zip(b1, [[r.name, r.sex], [r.id_number, r.phone], [r.address.removeprefix("湖南省益阳市")],
                                [r.address.removeprefix("湖南省益阳市")], [job]], strict=True):
        for k, v in enumerate(vals):
            cell = row[1 + 2 * k]
            pen(s1, cell[0] + mm(2), cell[1] + mm(2.5), v, rng, size=4.6 if len(v) > 14 else 5.2, role="kai")
    y = b1[-1][0][3] + mm(6)
    s1.text(LEFT, y, "一、收入及存款、现金（含微信、支付宝等网络账户余额）", hei(4.4))
    y += mm(8)
    income = {"mat": ("无", "益阳农商银行 尾号" + r.id_number[-4:], f"{rng.randint(100, 600)}元"),
              "shrimp": ("打零工每月约2500元", "益阳农商银行兰溪支行", f"{c.extra.get('taken', Decimal(300)):,.2f}元"),
              "tea": ("茶叶店每月约6000元", "建设银行 尾号" + r.phone[-4:], f"{rng.randint(2000, 9000)}元")}[t]
    rows = [["项目", "开户行 / 来源", "余额 / 数额"], ["工资、经营收入", income[0], ""], ["银行存款", income[1], income[2]],
            ["微信 / 支付宝", "微信零钱", f"{rng.randint(10, 300)}元"], ["现金", "", "无"]]
    b2 = grid(s1, LEFT, y, [mm(40), mm(80), w - mm(120)], [[rw[0], "", ""] if k else rw for k, rw in enumerate(rows)], f,
              heights=mm(12), labels=(0,))
    for row, vals in zip(b2[1:], rows[1:], strict=True):
        pen(s1, row[1][0] + mm(2), row[1][1] + mm(2.5), vals[1], rng, size=4.8, role="kai")
        pen(s1, row[2][0] + mm(2), row[2][1] + mm(2.5), vals[2], rng, size=4.8, role="kai")
    y = b2[-1][0][3] + mm(6)
    s1.text(LEFT, y, "二、不动产、车辆及其他财产", hei(4.4))
    y += mm(8)
    other = {"mat": ["无（住父母老屋，房屋登记在父亲名下）", "无", "旧凉席机两台，已抵作坊租金", "无"],
             "shrimp": ["无（租住）", "三轮摩托车一台，已卖，得款2800元还账", f"承包水田{c.extra.get('pond_mu', 80)}亩，已退包",
                        "无"],
             "tea": ["无", "无", "店内黑茶存货，进价约三万元", "无"]}[t]
    rows3 = [["房屋、土地", ""], ["机动车辆", ""], ["生产设备、存货、承包经营权", ""], ["股权、债权、理财", ""]]
    b3 = grid(s1, LEFT, y, [mm(56), w - mm(56)], rows3, f, heights=mm(13), labels=(0,))
    for row, v in zip(b3, other, strict=True):
        pen(s1, row[1][0] + mm(2), row[1][1] + mm(3), v, rng, size=4.8, role="kai")
    s1.right(s1.width - RIGHT, s1.height - mm(18), "1 / 2", font("sans", mm(3.6)))
    s1.page_of = (1, 2)
    s2 = Sheet()
    y = float(TOP_2)
    s2.text(LEFT, y, "三、收到执行通知之日前一年内财产变动情况（转让、赠与、出租、抵押等）", hei(4.4))
    y += mm(8)
    change = {"mat": "凉席机两台抵给村里作租金（约8000元）。", "shrimp": "三轮摩托车卖给邻居，得款还了饲料款。",
              "tea": "无。"}[t]
    b4 = grid(s2, LEFT, y, [w], [[""]], f, heights=mm(34))
    pen(s2, b4[0][0][0] + mm(3), b4[0][0][1] + mm(5), change, rng, size=5.2, role="kai", per_line=26, lead=mm(8))
    y = b4[0][0][3] + mm(8)
    s2.text(LEFT, y, "四、申报人承诺", hei(4.4))
    y += mm(9)
    for part in ["本人保证以上申报内容真实、完整。如有隐瞒、虚假申报，愿意承担罚款、拘留直至",
                 "被追究刑事责任等法律后果，并同意人民法院对申报内容进行核查。"]:
        s2.text(LEFT + mm(4), y, part, body(4.6))
        y += mm(8)
    y += mm(10)
    s2.text(s2.width - RIGHT - mm(96), y, "申报人（签名、捺印）：", body(4.8))
    pen(s2, s2.width - RIGHT - mm(44), y - mm(2), r.name, rng, size=7, role="kai")
    thumb(s2, s2.width - RIGHT - mm(20), y - mm(6), rng)
    s2.text(s2.width - RIGHT - mm(96), y + mm(16), "申报日期：", body(4.8))
    pen(s2, s2.width - RIGHT - mm(66), y + mm(14), num_date(d), rng, size=5.6, role="kai")
    y += mm(36)
    s2.text(LEFT, y, "以下由执行人员填写：", body(4.4))
    b5 = grid(s2, LEFT, y + mm(8), [mm(40), w - mm(40)], [["核查情况", ""], ["核查人", ""]], f,
              heights=[mm(26), mm(12)], labels=(0,))
    pen(s2, b5[0][1][0] + mm(3), b5[0][1][1] + mm(4), "与网络查控结果基本一致。", rng, size=5.2, role="kai", ink=GEL)
    pen(s2, b5[1][1][0] + mm(3), b5[1][1][1] + mm(2), f"{c.officer}　{num_date(d + timedelta(days=6))}", rng, size=5,
        role="kai", ink=GEL)
    s2.right(s2.width - RIGHT, s2.height - mm(18), "2 / 2", font("sans", mm(3.6)))
    s2.page_of = (2, 2)
    return [s1, s2]


TOP_2 = mm(28)


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 查控 system's printout: a grey header band, the inquiry's particulars, a compact table in 微米黑."""
    r = c.respondent
    t = tale(c)
    f = font("microhei", mm(3.3))
    d = made_on(c, "online_inquiry_result")
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "湖南省农村信用社联合社",
             "长沙银行", "华融湘江银行", "招商银行", "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司"]
    found = {"mat": {"湖南省农村信用社联合社": f"{rng.randint(100, 600)}.{rng.randint(10, 99)}"},
             "shrimp": {"湖南省农村信用社联合社": f"{c.extra.get('taken', Decimal(300)):.2f}"},
             "tea": {"中国建设银行": f"{rng.randint(1200, 8800)}.{rng.randint(10, 99)}",
                     "财付通支付科技有限公司": f"{rng.randint(20, 400)}.{rng.randint(10, 99)}"}}[t]
    rows = [["序号", "协助单位", "查询类型", "反馈结果", "账户 / 余额（元）", "反馈日期"]]
    for k, bank in enumerate(banks, 1):
        bal = found.get(bank)
        rows.append([str(k), bank, "存款" if k <= 10 else "网络资金", "有账户" if bal else "无账户",
                     f"尾号{rng.randint(1000, 9999)} / {bal}" if bal else "—", f"{d + timedelta(days=rng.randint(0, 3)):%Y-%m-%d}"])
    rows2 = [["序号", "协助单位", "查询类型", "反馈结果", "详细信息", "反馈日期"]]
    for k, (unit, kind) in enumerate([("自然资源部", "不动产"), ("公安部交通管理局", "机动车"),
                                      ("中国证券登记结算有限责任公司", "证券"), ("国家市场监督管理总局", "工商登记"),
                                      ("中国银保监会", "理财产品"), ("人力资源和社会保障部", "社保缴纳"),
                                      ("益阳市不动产登记中心", "不动产（点对点）")], 1):
        hit = kind == "工商登记" and t == "tea"
        rows2.append([str(k), unit, kind, "有信息" if hit else "未查到", f"个体工商户{c.extra['trade']}" if hit else "—",
                      f"{d + timedelta(days=rng.randint(1, 5)):%Y-%m-%d}"])
    sheets = []
    for part, table in enumerate([rows, rows2], 1):
        s = Sheet()
        s.draw.rectangle((mm(12), mm(14), s.width - mm(12), mm(26)), fill=(210, 214, 220))
        s.text(mm(16), mm(16.5), "人民法院网络执行查控系统　·　查控结果反馈清单", font("microhei", mm(5)))
        s.right(s.width - mm(16), mm(17.5), f"打印：{c.clerk}", f)
        y = mm(33)
        for line in [f"执行法院：{COURT}　　案号：{c.number}　　承办人：{c.officer}",
                     f"被查询人：{r.name}　　证件类型：居民身份证　　证件号码：{r.id_number}",
                     f"发起时间：{d:%Y-%m-%d} {rng.randint(8, 11):02d}:{rng.randint(0, 59):02d}　　查询批次："
                     f"{d:%Y%m%d}{rng.randint(100000, 999999)}"]:
            s.text(mm(14), y, line, f)
            y += mm(6.5)
        widths = [mm(11), mm(54), mm(20), mm(18), mm(45), mm(36)]
        grid(s, mm(12), y + mm(3), widths, table, f, heights=mm(9.2), labels=(), frame=2,
             label_font=f)
        s.right(s.width - mm(14), s.height - mm(14), f"第{part}页 共2页　打印时间 {d + timedelta(days=6):%Y-%m-%d}",
                font("microhei", mm(3)))
        s.page_of = (part, 2)
        sheets.append(s)
    return sheets


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    d = made_on(c, "payment_voucher")
    owed = Decimal(c.extra.get("owed", c.amount))
    if tale(c) == "mat":
        s = Sheet()
        y = form_title(s, "执行款发放凭证")
        s.right(s.width - RIGHT, y - mm(3), f"案号：{c.number}", body(4.5))
        y += mm(6)
        w = s.width - LEFT - RIGHT
        g = c.extra["guarantor"]
        rows = [["收款来源", f"扣划执行担保人{g.name}存款"], ["到账日期", num_date(d)], ["领款人", a.name],
                ["身份证号", a.id_number], ["发放金额", money(owed)], ["收款账户", f"{c.extra['in_bank']}　{c.extra['in_acct']}"],
                ["承办人", ""], ["执行局审批", ""], ["领款人签字", ""]]
        boxes = grid(s, LEFT, y, [mm(40), w - mm(40)], rows, body(4.6), heights=[mm(13)] * 6 + [mm(16)] * 3)
        pen(s, boxes[6][1][0] + mm(4), boxes[6][1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=5.2, ink=GEL)
        pen(s, boxes[7][1][0] + mm(4), boxes[7][1][1] + mm(3), f"同意发放　{c.extra['leader']}", rng, size=5.2, ink=GEL)
        pen(s, boxes[8][1][0] + mm(4), boxes[8][1][1] + mm(2), a.name, rng, size=7, role="kai_gb")
        thumb(s, boxes[8][1][0] + mm(40), boxes[8][1][1] + mm(1), rng)
        seal(s, s.width - RIGHT - mm(40), boxes[4][1][1], COURT, rng, inner="财务专用章", radius=mm(19))
        return [s]
    s = Sheet()
    bank = "中国建设银行"
    s.text(mm(20), mm(22), bank, font("sans_bold", mm(6)), fill=(10, 60, 140))
    s.text(mm(20), mm(31), "网上银行电子回单", font("sans", mm(4.6)))
    s.right(s.width - mm(20), mm(31), f"电子回单号：{rng.randint(10**15, 10**16 - 1)}", font("sans", mm(3.6)))
    rows = [["付款人户名", f"{COURT}执行款专户", "收款人户名", a.name],
            ["付款账号", f"4300{rng.randint(10**14, 10**15 - 1)}", "收款账号", c.extra["in_acct"]],
            ["付款行", "中国建设银行益阳分行营业部", "收款行", c.extra["in_bank"]],
            ["金额（小写）", f"¥{owed:,.2f}", "金额（大写）", money_caps(owed)],
            ["用途", f"{c.number}执行款", "交易时间", f"{d:%Y-%m-%d} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}"]]
    grid(s, mm(18), mm(40), [mm(28), mm(60), mm(28), mm(58)], rows, font("sans", mm(3.6)), heights=mm(12), labels=(0, 2), frame=2,
         label_font=font("sans", mm(3.6)))
    seal(s, s.width - mm(55), mm(95), "中国建设银行益阳分行", rng, inner="电子回单专用章", radius=mm(17))
    s.text(mm(20), mm(116), "重要提示：本回单不作为收款方发货依据，请勿重复记账。", font("sans", mm(3.2)))
    return [s]


def _fee_form(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """湖南省非税收入一般缴款书 (the court's fee collected through the bank), green print, the bank's 收讫 stamp."""
    s = Sheet()
    green = (30, 110, 70)
    d = made_on(c, "fee_receipt")
    s.centred(mm(22), "湖南省非税收入一般缴款书", font("serif_bold", mm(7)), fill=green, spacing=mm(1))
    s.text(mm(18), mm(36), f"票据代码：43060124　　校验码：{rng.randint(100000, 999999)}", font("serif", mm(3.6)), fill=green)
    s.right(s.width - mm(18), mm(36), f"No {rng.randint(10**9, 10**10 - 1)}", font("mono", mm(4.2)), fill=(180, 40, 40))
    fee = Decimal(c.extra["fee"])
    rows = [["缴款人", c.applicant.name, "执收单位", COURT], ["缴款码", f"{rng.randint(10**19, 10**20 - 1)}", "填制日期",
                                                            f"{d:%Y-%m-%d}"],
            ["项目编码", "103040101", "项目名称", "申请执行费"], ["金额（小写）", f"{fee:,.2f}", "金额（大写）", money_caps(fee)],
            ["备注", f"{c.number}"]]
    grid(s, mm(16), mm(44), [mm(28), mm(64), mm(26), mm(60)], rows, font("serif", mm(3.8)), heights=mm(13), labels=(0, 2), frame=3,
         label_font=font("serif", mm(3.8)))
    stamp(s, s.width - mm(78), mm(112), ["益阳农村商业银行", "赫山支行", f"{d:%Y.%m.%d}", "收讫"], rng, size_mm=3.6,
          colour=(190, 40, 40), oval=True, face="song_gb")
    s.text(mm(18), mm(124), "第一联　收据（缴款人收执）", font("serif", mm(3.6)), fill=green)
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """律师执业证 copy: the inside pages opened flat (photo left, particulars right) and the firm's stamp."""
    s = Sheet()
    x, y, w, h = mm(20), mm(40), mm(170), mm(110)
    s.box(x, y, x + w, y + h, width=2, outline=(110, 110, 110))
    s.line(x + w / 2, y, x + w / 2, y + h, width=1, fill=(160, 160, 160))
    s.draw.rectangle((x + mm(22), y + mm(18), x + mm(56), y + mm(62)), fill=(165, 165, 165))
    s.text(x + mm(12), y + mm(72), "持证人签名", font("serif", mm(3.8)))
    pen(s, x + mm(40), y + mm(70), c.agent, rng, size=5.6, role="kai", ink=INK)
    s.centred(y + mm(88), "湖南省司法厅", font("serif", mm(4.4)), x0=x, x1=x + w / 2)
    f = font("serif", mm(4))
    ty = y + mm(12)
    for k, v in [("姓　　名", c.agent), ("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", c.extra["licence"]),
                 ("发证机关", "湖南省司法厅"), ("发证日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]:
        s.text(x + w / 2 + mm(6), ty, k, f, fill=(90, 90, 90))
        s.text(x + w / 2 + mm(30), ty, v, f)
        ty += mm(12)
    s.centred(y + h + mm(14), "律师执业证（复印件）", font("serif", mm(5)))
    pen(s, mm(40), y + h + mm(32), "与原件核对一致", rng, size=6, role="kai", ink=INK)
    seal(s, s.width - mm(60), y + h + mm(34), c.firm, rng, radius=mm(19))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The window's forms, printed by the bureau and filled by the applicant (or the lawyer) in ballpoint."""
    a, r = c.applicant, c.respondent
    title = {"property_clue_form": "被执行人财产线索提供表", "payment_account_confirmation": "申请执行人收取案款确认书",
             "service_address_confirmation": "送达地址确认书"}[code]
    s = Sheet()
    y = form_title(s, title, size=7.6)
    s.text(LEFT, y - mm(3), f"案号：{c.number}", body(4.5))
    y += mm(6)
    w = s.width - LEFT - RIGHT
    d = made_on(c, code)
    old = tale(c) == "mat"
    hand = "kai_gb" if old else "kai"
    size = 6.2 if old else 5.2
    if code == "property_clue_form":
        rows = [["被执行人", r.name], ["身份证号", r.id_number], ["银行账户", "益阳农商银行兰溪支行，账号不详"],
                ["房屋、土地", "无房，在兰溪镇承包水田种稻虾"], ["车辆", "有一台三轮摩托车"],
                ["其他财产线索", "虾田承包合同在村委会，虾苗、饲料款可能有应收款"], ["提供人", ""]]
        hs = [mm(14)] * 6 + [mm(18)]
        labels, note = rows, "注：申请执行人应当如实提供财产线索，并对其真实性负责。"
    elif code == "payment_account_confirmation":
        rows = [["申请执行人", a.name], ["身份证号", a.id_number], ["开户名", a.name], ["开户银行", c.extra["in_bank"]],
                ["银行账号", c.extra["in_acct"]], ["联系电话", a.phone], ["确认人签名", ""]]
        hs = [mm(15)] * 6 + [mm(20)]
        labels, note = rows, "本人确认：本案执行款汇入上述账户即视为本人已收到，账户变更的及时书面告知执行法院。"
    else:
        rows = [["受送达人", a.name], ["送达地址", a.address.removeprefix("湖南省")], ["邮政编码", "413000"],
                ["手机号码", a.phone], ["是否同意电子送达", "同意"],
                ["电子送达方式", "手机短信、湖南微法院" if not old else "手机短信（由女儿代收）"],
                ["代收人", c.agent if not old else f"{c.agent}（律师）"], ["受送达人签名", ""]]
        hs = [mm(15), mm(20)] + [mm(15)] * 5 + [mm(20)]
        labels, note = rows, "告知：受送达人提供的地址不准确或变更后未及时告知的，文书退回之日视为送达之日。"
    boxes = grid(s, LEFT, y, [mm(50), w - mm(50)], [[rw[0], ""] for rw in labels], body(4.6), heights=hs)
    for row, (_lab, v) in zip(boxes, labels, strict=True):
        if v:
            pen(s, row[1][0] + mm(3), row[1][1] + mm(3), v, rng, size=size if len(v) < 22 else 4.8, role=hand,
                ink=BALL, slant=8 if old else 5)
    last = boxes[-1][1]
    pen(s, last[0] + mm(12), last[1] + mm(4), a.name, rng, size=7.2, role=hand, ink=BALL, slant=8 if old else 5)
    if old:
        thumb(s, last[0] + mm(40), last[1] + mm(2), rng)
    pen(s, last[2] - mm(50), last[1] + mm(7), num_date(d), rng, size=4.6, role=hand, ink=BALL)
    yy = boxes[-1][0][3] + mm(6)
    for part in [note[i:i + 36] for i in range(0, len(note), 36)]:
        s.text(LEFT, yy, part, body(4.2))
        yy += mm(7)
    return [s]

