"""What the 雷山 tribunals receive, in their makers' hands: the court's own judgment printed crisp at the main court
(Noto serif, folio "第n页（共m页）" at the right), the lawyers' typed application (楷体, a title over a short rule) and
their firm's red-headed letter and pre-printed 授权委托书 filled in by hand, a villager's application written on
squared 稿纸, a daughter's on a notebook leaf, ID cards photocopied one face above the other, licences as framed
copies, the county's 非税收入 receipt in red print with blue carbon fill, the tribunal's forms filled by the parties,
the village committee's handwritten 证明 under its red heading, receipt-book 收据 for each instalment and the 执行款
领取单 signed with a fingerprint."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date
from dossier.corpus.draw import Sheet, mm, seal, wrap
from dossier.corpus.families.court_is_kit import (
    BALL,
    BLACK,
    COURT,
    LID,
    PENCIL,
    PRINT,
    SHORT,
    X0,
    X1,
    date_blanks,
    fill_cell,
    fingerprint,
    form_footer,
    form_head,
    grid,
    notebook_leaf,
    printed,
    write,
    write_block,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "property_clue_form", "property_declaration_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "payment_voucher", "kinship_proof",
})
RECEIPT_RED = (190, 50, 60)
CARBON = (40, 60, 150)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_is import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _judgment(c, rng)
    if code == "enforcement_application":
        return _typed_application(c, rng) if c.extra["tale"] == "tea" else _written_application(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return _licence(p, c, rng) if p.kind == "organisation" else _id_copy(p, c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence_page(c, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _party_form(code, c, rng, d)
    if code == "payment_voucher":
        k = int(served[0]) if served and served[0].isdigit() else 0
        return _instalment_receipt(c, rng, k) if k else _collection_slip(c, rng)
    if code == "kinship_proof":
        return _village_proof(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        head = "理事长" if "合作社" in p.name else "经营者"
        return f"{p.name}，住所地{p.address}，{head}{p.legal_rep}"
    b = p.born or date(1970, 1, 1)
    return f"{p.name}，{p.sex}，苗族，{num_date(b)}生，住{p.address}，身份证号{p.id_number}"


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = c.extra["tale"]
    heard = c.basis_effective - timedelta(days=rng.randint(40, 60))
    if t == "tea":
        facts = (f"2022年4月至2023年5月，原告陆续向被告供应银球茶、雷公山绿茶共计{rng.randint(600, 1400)}斤，双方于2023年6月"
                 f"对账，被告在对账单上签字确认尚欠货款{c.amount:,.2f}元，经原告多次催要未付。")
        held = "原、被告之间的买卖合同关系合法有效，被告收货后未付清货款，应承担付款责任。"
        order = f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元。"
        law = "《中华人民共和国民法典》第五百零九条、第六百二十六条"
    elif t == "moto":
        facts = (f"2023年{rng.randint(2, 6)}月，被告驾驶{c.extra['plate']}号二轮摩托车行经郎德镇村道时，将步行的原告撞倒，"
                 "致原告右腿骨折。雷山县公安局交通管理大队认定被告负事故全部责任。被告所驾摩托车未投保交强险。")
        held = "被告驾驶未投保交强险的机动车致原告受伤，负事故全部责任，应赔偿原告医疗费、误工费、护理费等各项损失。"
        order = f"被告{r.name}于本判决生效之日起十日内赔偿原告{a.name}各项损失共计{c.amount:,.2f}元。"
        law = "《中华人民共和国民法典》第一千一百七十九条、第一千二百零八条，《中华人民共和国道路交通安全法》第七十六条"
    else:
        facts = (f"原告现年{c.filed_on.year - (a.born or date(1945, 1, 1)).year}岁，丈夫已去世，无经济来源，体弱多病。被告系原告之子，"
                 f"在县城务工，有稳定收入。原告之女{c.agent}长期照顾原告，被告自2022年起未给付任何赡养费用。")
        held = "成年子女对父母负有赡养、扶助和保护的义务，被告有稳定收入，应按月给付原告赡养费。"
        order = (f"被告{r.name}自2023年1月起每月给付原告{a.name}赡养费{c.extra['monthly']}元，于每月十日前付清；"
                 f"已到期的赡养费于本判决生效之日起十日内付清。")
        law = "《中华人民共和国民法典》第二十六条、第一千零六十七条，《中华人民共和国老年人权益保障法》第十四条"
    blocks = [
        ("h", f"原告：{_who(a)}。"),
        *([("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。")] if t != "elder" else []),
        ("h", f"被告：{_who(r)}。"),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(heard - timedelta(days=35))}立案后，依法适用简易程序，"
              f"由审判员{c.extra['civil_judge']}独任审判，于{cn_date(heard)}在本院{c.extra['tribunal']}公开开庭进行了审理。"
              "原、被告均到庭参加诉讼。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：判如所请。事实和理由：{facts}"),
        ("p", "被告辩称，对事实无异议，但目前经济困难。"),
        ("p", f"本院经审理查明：{facts}"),
        ("p", f"本院认为，{held}依照{law}，《中华人民共和国民事诉讼法》第六十七条之规定，判决如下："),
        ("p", order),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费减半收取{rng.randint(120, 480)}元，由被告负担。" if t != "elder" else "本案免交案件受理费。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于贵州省黔东南苗族侗族自治州中级人民法院。"),
    ]
    f = font("serif", 40)
    lead = 72
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(mm(30), COURT, font("serif_bold", 58), spacing=3)
    s.centred(mm(46), "民 事 判 决 书", font("serif_bold", 80), spacing=16)
    s.right(X1, mm(66), c.basis_number, f)
    y = float(mm(78))
    bottom = s.height - mm(30)
    for kind, text in blocks:
        indent = f.size * 2.0 if kind == "p" else 0.0
        for k, part in enumerate(wrap(text, f, X1 - X0, indent=indent)):
            if y + lead > bottom:
                s = Sheet()
                sheets.append(s)
                y = float(mm(26))
            s.text(X0 + (indent if k == 0 else 0), y, part, f)
            y += lead
    if y + 6 * lead > bottom:
        s = Sheet()
        sheets.append(s)
        y = float(mm(30))
    y += 40
    s.text(X1 - mm(80), y, f"审判员　{c.extra['civil_judge']}", f)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(18, 24)))
    s.text(X1 - mm(80), y + 2 * lead, when, f)
    seal(s, X1 - mm(55), y + 2 * lead + 15, COURT, rng, radius=mm(21))
    s.text(X1 - mm(80), y + 4 * lead, f"书记员　{c.clerk if rng.random() < 0.2 else c.extra.get('civil_clerk', '杨丽')}", f)
    n = len(sheets)
    for i, sh in enumerate(sheets, 1):
        sh.right(X1, sh.height - mm(16), f"第{i}页（共{n}页）", font("serif", 30))
        sh.page_of = (i, n)
    return sheets


def _typed_application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's application: 楷体 throughout, the title over a short rule, requests numbered."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    tf = font("kai", 76)
    s.centred(mm(26), "申请执行书", tf, spacing=24)
    s.line(s.width / 2 - mm(40), mm(40), s.width / 2 + mm(40), mm(40), width=2)
    f = font("kai", 42)
    y = float(mm(50))
    paras = [("h", f"申请执行人：{_who(a)}。"), ("h", f"委托代理人：{c.agent}，{c.firm}律师。"), ("h", f"被执行人：{_who(r)}。"),
             ("t", "请求事项："), ("p", f"一、强制被执行人支付货款{money(c.amount)}；"), ("p", "二、强制被执行人加倍支付迟延履行期间的债务利息；"),
             ("p", "三、本案执行费由被执行人负担；"), ("p", "四、被执行人拒不履行的，请求对其限制高消费并纳入失信被执行人名单。"),
             ("t", "事实与理由："),
             ("p", f"申请执行人与被执行人{c.extra['cause']}一案，经贵院{c.basis_number}民事判决书判决，已于{num_date(c.basis_effective)}"
                   "发生法律效力。被执行人至今未履行，特依法申请强制执行。被执行人经营收入存入其农商行账户，请贵院依法查控。"),
             ("t", "此致"), ("t", COURT)]
    for kind, text in paras:
        indent = f.size * 2 if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, X1 - X0, indent=indent)):
            s.text(X0 + (indent if k == 0 else 0), y, part, f)
            y += 74
    y += 40
    s.text(X1 - mm(96), y, "申请执行人：", f)
    seal(s, X1 - mm(30), y + 20, a.name, rng, radius=mm(19))
    write(s, X1 - mm(50), y + 90, a.legal_rep, rng, size=54, ink=BLACK)
    s.text(X1 - mm(80), y + 190, num_date(c.filed_on - timedelta(days=2)), f)
    return [s]


def _written_application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The villager's application copied out on squared 稿纸 (one character a square), or the daughter's on a leaf torn
    out of her notebook."""
    a, r = c.applicant, c.respondent
    squared = c.extra["tale"] == "moto"
    s, lx, rx, wx, ys = notebook_leaf(rng, squared=squared)
    if squared:
        body = (f"申请执行人{a.name}，女，住{a.address}，身份证号{a.id_number}。被执行人{r.name}，男，住{r.address}。"
                f"申请事项：请求法院强制执行{c.basis_number}民事判决，被执行人赔偿我医药费等{c.amount:,.2f}元。"
                f"事实理由：{r.name}骑摩托车把我撞伤，法院判他赔钱，判决生效后他一分没给。我腿脚不便，家里困难，"
                f"特申请强制执行。此致雷山县人民法院。")
        cell = mm(9.5)
        cols = int((rx - wx - mm(12)) // cell)
        k = 0
        s.lines.append("申请执行书")
        for n, ch in enumerate("申请执行书"):
            write(s, wx + (cols // 2 - 3 + n) * cell + 6, ys[0], ch, rng, size=int(cell * 0.72), record=False)
        for top in ys[1:-2]:
            line = body[k:k + cols]
            if not line:
                break
            for n, ch in enumerate(line):
                write(s, wx + n * cell + 6, top, ch, rng, size=int(cell * 0.72), record=False)
            s.lines.append(line)
            k += cols
        write(s, rx - mm(80), ys[-2], f"申请人：{a.name}", rng, size=44)
        write(s, rx - mm(80), ys[-1], num_date(c.filed_on - timedelta(days=3)), rng, size=40)
        fingerprint(s, rx - mm(18), ys[-2] + mm(4), rng)
        return [s]
    lines = ["申请执行书",
             f"申请人：{a.name}，女，{num_date(a.born or date(1945, 1, 1))}生，住{a.address}，身份证{a.id_number}",
             f"代理人：{c.agent}，系申请人女儿，电话{c.agent_phone}",
             f"被申请人：{r.name}，男，住{r.address}，在{c.extra['employer']}上班",
             f"请求：强制执行{c.basis_number}判决，要{r.name}给付拖欠我母亲的赡养费{c.amount:,.0f}元，以后每月按时给。",
             f"理由：法院判决{r.name}每月给{c.extra['monthly']}元，他一直不给。母亲年纪大了，看病吃药都要钱。"
             "他在公司上班有工资，请法院从他工资里扣。",
             "此致", SHORT]
    lead = ys[1] - ys[0]
    row = 0
    for i, text in enumerate(lines):
        x = wx + (mm(48) if i == 0 else 0)
        for k, part in enumerate(wrap(text, font("kai_gb", 44), (rx - wx - mm(8)) * 0.92)):
            if row >= len(ys) - 3:
                break
            write(s, x if k == 0 else wx, ys[row], part, rng, size=44, ink=BLACK, face="kai_gb")
            row += 1
    foot = ys[min(row + 1, len(ys) - 2)]
    write(s, rx - mm(84), foot, f"申请人：{a.name}", rng, size=44, ink=BLACK, face="kai_gb")
    fingerprint(s, rx - mm(20), foot + mm(5), rng)
    write(s, rx - mm(84), foot + lead, f"代写人：{c.agent}", rng, size=44, ink=BLACK, face="kai_gb")
    write(s, rx - mm(84), foot + 2 * lead, num_date(c.filed_on - timedelta(days=2)), rng, size=40, ink=BLACK, face="kai_gb")
    _ = lx
    return [s]


def _id_copy(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A resident ID card photocopied face above back, in the middle of the page; the holder writes under it."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = (s.width - w) / 2 + rng.uniform(-mm(10), mm(10))
    y0 = mm(40)
    grey = (196, 196, 192)
    for k in range(2):
        y = y0 + k * (h + mm(14))
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3.5), fill=grey, outline=(90, 90, 90), width=2)
    lab, val = font("hei", 24), font("hei", 30)
    born = p.born or date(1970, 1, 1)
    ty = y0 + mm(5)
    for label, value in (("姓名", p.name), ("性别", f"{p.sex}　民族 苗"), ("出生", f"{born.year}年{born.month}月{born.day}日")):
        s.text(x + mm(4), ty, label, lab, fill=(70, 70, 70))
        s.text(x + mm(15), ty - 3, value, val)
        ty += mm(7.5)
    s.text(x + mm(4), ty, "住址", lab, fill=(70, 70, 70))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(15), ty - 3, p.address[k:k + 12], val)
        ty += mm(5.2)
    s.text(x + mm(4), y0 + h - mm(8), "公民身份号码", lab, fill=(70, 70, 70))
    s.text(x + mm(25), y0 + h - mm(9), p.id_number, font("mono", 34))
    s.draw.rectangle((x + w - mm(26), y0 + mm(7), x + w - mm(5), y0 + mm(34)), fill=(120, 120, 120))
    yb = y0 + h + mm(14)
    s.text(x + mm(26), yb + mm(8), "中华人民共和国", font("hei", 36))
    s.text(x + mm(20), yb + mm(18), "居 民 身 份 证", font("hei", 50))
    s.text(x + mm(8), yb + h - mm(16), "签发机关　雷山县公安局", lab)
    start = rng.randint(2010, 2019)
    s.text(x + mm(8), yb + h - mm(9), f"有效期限　{start}.0{rng.randint(1, 9)}.2{rng.randint(0, 8)}-长期"
           if born.year < 1972 else f"有效期限　{start}.05.1{rng.randint(0, 9)}-{start + 20}.05.1{rng.randint(0, 9)}", lab)
    yy = yb + h + mm(20)
    write(s, X0 + mm(10), yy, "此复印件与原件一致，仅供法院执行使用", rng, size=46, ink=BLACK)
    write(s, X0 + mm(70), yy + mm(14), p.name, rng, size=56, ink=BLACK)
    if p is c.applicant and c.extra["tale"] == "elder":
        write(s, X0 + mm(10), yy + mm(30), f"（母亲不识字，{c.agent}代写）", rng, size=40, ink=BALL)
    return [s]


def _licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """营业执照 photocopy: a cooperative's (农民专业合作社) or a shop's (个体工商户), in its double frame."""
    s = Sheet()
    x0, y0, x1, y1 = mm(20), mm(24), s.width - mm(20), mm(200)
    s.box(x0, y0, x1, y1, width=7, outline=(90, 90, 90))
    s.box(x0 + 12, y0 + 12, x1 - 12, y1 - 12, width=2, outline=(90, 90, 90))
    s.centred(y0 + mm(14), "营 业 执 照", font("serif_bold", 96), spacing=20)
    s.centred(y0 + mm(32), "（副本）", font("serif", 38))
    f = font("serif", 36)
    coop = "合作社" in p.name
    s.text(x0 + mm(10), y0 + mm(44), f"统一社会信用代码　{p.id_number}", f)
    rows = [("名　　称", p.name), ("类　　型", "农民专业合作社" if coop else "个体工商户"),
            ("法定代表人" if coop else "经 营 者", p.legal_rep),
            ("业务范围" if coop else "经营范围", "组织成员种植、采摘、加工茶叶，销售成员所产茶叶" if coop else "预包装食品、茶叶零售"),
            ("成员出资总额" if coop else "组成形式", f"{rng.choice([30, 50, 80])}万元" if coop else "个人经营"),
            ("成立日期", f"{rng.randint(2009, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    ty = y0 + mm(58)
    for label, value in rows:
        s.text(x0 + mm(12), ty, label, f)
        for k, part in enumerate(wrap(value, f, x1 - x0 - mm(62))):
            s.text(x0 + mm(50), ty + k * mm(7), part, f)
        ty += mm(13)
    s.text(x1 - mm(76), y1 - mm(34), "登记机关", f)
    seal(s, x1 - mm(42), y1 - mm(32), "雷山县市场监督管理局", rng, radius=mm(18))
    s.text(x1 - mm(80), y1 - mm(18), f"{c.filed_on.year - 2}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    write(s, X0, y1 + mm(16), "复印件与原件相符", rng, size=48, ink=BLACK)
    write(s, X0 + mm(70), y1 + mm(32), p.legal_rep, rng, size=52, ink=BLACK)
    if coop:
        seal(s, X0 + mm(120), y1 + mm(36), p.name, rng, radius=mm(18))
    return [s]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The law firm's pre-printed 授权委托书, the blanks filled in by hand."""
    a = c.applicant
    s = Sheet()
    s.text(X0, mm(16), c.firm, printed("song_gb", 34))
    s.centred(mm(30), "授 权 委 托 书", font("serif_bold", 76), spacing=10)
    f = printed("song_gb", 40)
    y = float(mm(54))
    for label, value in (("委托人：", a.name), ("住所（住址）：", a.address), ("受托人：", f"{c.agent}，{c.firm}律师"),
                         ("联系电话：", c.agent_phone)):
        s.text(X0, y, label, f)
        write(s, X0 + f.getlength(label) + 10, y - 8, value, rng, size=40)
        s.line(X0 + f.getlength(label), y + 46, X1, y + 46, width=1)
        y += 84
    s.text(X0 + mm(8), y, "现委托上列受托人在我方与", f)
    write(s, X0 + mm(96), y - 8, c.respondent.name, rng, size=40)
    y += 74
    s.text(X0, y, "一案的执行程序中，作为我方代理人。", f)
    y += 84
    s.text(X0 + mm(8), y, "代理权限：", f)
    write(s, X0 + mm(44), y - 8, "特别授权", rng, size=44)
    y += 74
    s.text(X0, y, "（代为申请执行、参加和解、签收法律文书、代为领取执行款）", printed("song_gb", 34))
    y += 150
    s.text(X0, y, "委托人（签名或盖章）：", f)
    if a.kind == "organisation":
        seal(s, X0 + mm(120), y + 20, a.name, rng, radius=mm(19))
        write(s, X0 + mm(96), y - 8, a.legal_rep, rng, size=52, ink=BLACK)
    else:
        write(s, X0 + mm(96), y - 8, a.name, rng, size=52, ink=BLACK)
        fingerprint(s, X0 + mm(136), y + mm(3), rng)
    y += 110
    s.text(X0, y, "受托人（签名）：", f)
    write(s, X0 + mm(70), y - 8, c.agent, rng, size=52, ink=BLACK)
    y += 110
    date_blanks(s, X1 - mm(66), y, c.filed_on - timedelta(days=3), rng, f=f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (200, 30, 40)
    s.centred(mm(20), c.firm, font("serif_bold", 70), fill=red, spacing=6)
    s.line(X0 - mm(4), mm(36), X1 + mm(4), mm(36), width=5, fill=red)
    legal_aid = c.extra["tale"] == "moto"
    no = f"黔雷律函字〔{c.filed_on.year}〕{rng.randint(5, 90)}号"
    s.right(X1, mm(42), no, font("serif", 36))
    s.centred(mm(56), "律师事务所函", font("serif_bold", 60), spacing=8)
    f = font("serif", 40)
    body = [f"{COURT}：",
            (f"根据雷山县法律援助中心{c.extra.get('legal_aid', '')}指派通知，" if legal_aid else "")
            + f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案申请执行人的"
            + ("法律援助" if legal_aid else "") + "代理人。", "特此函告。",
            f"承办律师：{c.agent}　联系电话：{c.agent_phone}"]
    y = float(mm(74))
    for i, text in enumerate(body):
        for k, part in enumerate(wrap(text, f, X1 - X0, indent=f.size * 2 if i in (1, 2) else 0)):
            s.text(X0 + (f.size * 2 if k == 0 and i in (1, 2) else 0), y, part, f)
            y += 72
    y += 100
    when = cn_date(c.filed_on - timedelta(days=rng.randint(2, 4)))
    s.right(X1 - mm(6), y, when, f)
    seal(s, X1 - mm(36), y + 10, c.firm, rng, radius=mm(20))
    return [s]


def _licence_page(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's data page photocopied upright in the top half of the sheet, the lawyer's note beside it."""
    s = Sheet()
    x, y, w, h = mm(30), mm(30), mm(90), mm(128)
    s.draw.rectangle((x, y, x + w, y + h), fill=(205, 205, 200), outline=(80, 80, 80), width=3)
    s.centred(y + mm(8), "中华人民共和国律师执业证", font("hei", 36), x0=x, x1=x + w)
    s.draw.rectangle((x + mm(30), y + mm(20), x + mm(60), y + mm(58)), fill=(130, 130, 130))
    f = font("serif", 30)
    ty = y + mm(66)
    lic = f"1522620{rng.randint(15, 22)}1{rng.randint(1000000, 9999999)}"
    for label, value in (("持证人", c.agent), ("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", lic),
                         ("发证机关", "贵州省司法厅"), ("发证日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月")):
        s.text(x + mm(6), ty, label, f)
        s.text(x + mm(32), ty, value, f)
        ty += mm(9)
    write(s, x + w + mm(10), y + mm(40), "与原件核对无误", rng, size=44, ink=BLACK)
    write(s, x + w + mm(14), y + mm(56), c.agent, rng, size=50, ink=BLACK)
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """贵州省非税收入一般缴款书, the 收据联 torn from the pad: a slip in red print with the entries in blue carbon from
    the top copy, lying alone on the glass."""
    s = Sheet(paper=LID)
    f = printed("song_gb", 28)
    x0, y0 = mm(12) + rng.uniform(0, mm(10)), mm(14) + rng.uniform(0, mm(12))
    x1, y1 = x0 + mm(186), y0 + mm(104)
    s.draw.rectangle((x0, y0, x1, y1), fill=(250, 247, 240))
    s.centred(y0 + mm(5), "贵州省非税收入一般缴款书", printed("song_gb", 48), fill=RECEIPT_RED, spacing=6, x0=x0, x1=x1)
    s.centred(y0 + mm(14), "（收据联）", f, fill=RECEIPT_RED, x0=x0, x1=x1)
    s.text(x1 - mm(50), y0 + mm(14), f"No {rng.randint(1000000, 9999999)}", font("serif_bold", 32), fill=RECEIPT_RED)
    s.text(x0 + mm(6), y0 + mm(21), "填制日期：", f, fill=RECEIPT_RED)
    when = c.filed_on + timedelta(days=rng.randint(0, 2))
    write(s, x0 + mm(26), y0 + mm(19), num_date(when), rng, size=34, ink=CARBON)
    w = x1 - x0 - mm(12)
    rows = [["缴款人", "", "执收单位", ""], ["项目名称", "", "案号", ""], ["金额（大写）", ""], ["金额（小写）", "", "收款方式", ""]]
    b = grid(s, x0 + mm(6), y0 + mm(28), [mm(30), mm(58), mm(24), w - mm(112)], rows, heights=mm(13), f=f)
    fee: Decimal = c.extra["fee"]
    for (r, k), value in (((0, 1), c.applicant.name), ((0, 3), SHORT), ((1, 1), "申请执行费"), ((1, 3), c.number),
                          ((2, 1), money_caps(fee)), ((3, 1), f"¥{fee:,.2f}"), ((3, 3), "现金")):
        fill_cell(s, b[r][k], value, rng, size=36, ink=CARBON, faint=0.85)
    s.text(x0 + mm(6), y1 - mm(11), "收款人：", f, fill=RECEIPT_RED)
    write(s, x0 + mm(24), y1 - mm(13), rng.choice(["潘丽", "吴梅", "杨芳"]), rng, size=36, ink=CARBON)
    s.text(x0 + mm(80), y1 - mm(11), "（第三联 交缴款人）", f, fill=RECEIPT_RED)
    seal(s, x1 - mm(34), y1 - mm(16), SHORT, rng, radius=mm(15), inner="财务专用章")
    return [s]


def _party_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The tribunal's blank forms as the party filled them: ballpoint, a pencil draft here and there."""
    a, r = c.applicant, c.respondent
    t = c.extra["tale"]
    s = Sheet(paper=(249, 247, 240))
    w = X1 - X0
    signer = c.agent if t == "elder" else (a.legal_rep if a.kind == "organisation" else a.name)
    if code == "payment_account_confirmation":
        y = form_head(s, "执行款收款账户确认书", spread=8)
        acct = f"6224{rng.randint(10**11, 10**12 - 1)}"
        rows = [("案号", c.number), ("申请执行人", a.name), ("户名", a.name), ("开户行", "贵州雷山农村商业银行"
                 + {"tea": "望丰分理处", "moto": "郎德分理处", "elder": "大塘分理处"}[t]), ("账号", acct), ("联系电话", a.phone)]
        note = "本人（单位）确认以上账户为接收本案执行款的账户，因账户信息有误造成的损失由本人（单位）承担。"
    elif code == "service_address_confirmation":
        y = form_head(s, "送达地址确认书", spread=20)
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("收件人", signer),
                ("联系电话", c.agent_phone if t != "tea" else a.phone), ("是否同意短信送达", "同意")]
        note = "受送达人提供的地址不准确或变更后未及时告知，导致文书未能被实际接收的，文书退回之日视为送达之日。"
    elif code == "property_clue_form":
        y = form_head(s, "被执行人财产线索登记表", spread=6)
        clue = {"tea": f"农商行丹江支行账户{c.extra.get('r_acct', '')}，店里收款码", "moto": f"摩托车{c.extra.get('plate', '')}，在外打工",
                "elder": f"在{c.extra.get('employer', '')}开车，每月有工资"}[t]
        rows = [("案号", c.number), ("被执行人", r.name), ("身份证号/信用代码", r.id_number), ("住址", r.address),
                ("财产线索", clue), ("线索来源", "本人知道" if t != "tea" else "双方交易往来")]
        note = "申请执行人应如实提供财产线索，提供虚假线索的，依法承担责任。"
    else:
        y = form_head(s, "被执行人财产申报表", spread=8)
        signer = r.legal_rep if r.kind == "organisation" else r.name
        rows = [("案号", c.number), ("申报人", r.name),
                ("银行存款", {"tea": "农商行账户有货款", "moto": "无", "elder": "工资卡一张（农信社）"}[t]),
                ("工资收入", {"tea": "无", "moto": "打零工，每月两三千", "elder": f"每月约{c.extra.get('wage', '')}元"}[t]),
                ("房屋、车辆", {"tea": "店面是租的", "moto": f"摩托车一辆{c.extra.get('plate', '')}", "elder": "老家木房一栋"}[t]),
                ("其他财产", "无")]
        note = "申报人保证以上内容真实，如有隐瞒，愿受法律处罚。"
    label_w = mm(50)
    boxes = grid(s, X0, y, [label_w, w - label_w], [[label, ""] for label, _ in rows],
                 heights=[mm(22) if len(v) > 20 else mm(15) for _, v in rows])
    for (_label, value), row in zip(rows, boxes, strict=True):
        x0, y0, x1, y1 = row[1]
        lines = wrap(value, font("wenkai", 40), (x1 - x0 - mm(6)) * 0.95)
        yy = y0 + (y1 - y0 - 54 * len(lines)) / 2
        for part in lines:
            write(s, x0 + mm(3), yy, part, rng, size=40)
            yy += 54
    y = boxes[-1][0][3] + mm(8)
    for k, part in enumerate(wrap(note, printed("song_gb", 32), w, indent=64)):
        s.text(X0 + (64 if k == 0 else 0), y, part, printed("song_gb", 32), fill=PRINT)
        y += 52
    y += mm(14)
    s.text(X1 - mm(104), y, "签名（盖章）：", printed("song_gb", 38))
    write(s, X1 - mm(50), y - 10, signer, rng, size=52, ink=BLACK)
    if code != "property_declaration_form" and a.kind == "organisation":
        seal(s, X1 - mm(36), y + 20, a.name, rng, radius=mm(18))
    elif code != "property_declaration_form" and t == "elder":
        write(s, X1 - mm(50), y + 60, f"（代{a.name}）", rng, size=38)
    pencil = rng.random() < 0.5
    write(s, X1 - mm(70), y + mm(20), num_date(d), rng, size=40, ink=PENCIL if pencil else BALL,
          faint=0.5 if pencil else 1.0)
    form_footer(s, "雷山县人民法院执行局制")
    return [s]


def _instalment_receipt(c: CaseCtx, rng: random.Random, k: int) -> list[Sheet]:
    """One leaf of a receipt book (收款收据, red print, serial number), filled in by the applicant's lawyer for each
    instalment and signed with the villager's fingerprint; the leaf is small and lies on the glass alone."""
    from dossier.corpus.families.court_is import paid_days

    s = Sheet(paper=LID)
    amt = c.amount
    first = (amt * Decimal("0.4")).quantize(Decimal("1"))
    second = ((amt - first) / 2).quantize(Decimal("1"))
    parts = [first, second, amt - first - second]
    paid = parts[k - 1]
    when = paid_days(c)[k - 1]
    x0, y0 = mm(14) + rng.uniform(0, mm(8)), mm(16) + rng.uniform(0, mm(10))
    x1, y1 = x0 + mm(180), y0 + mm(100)
    s.draw.rectangle((x0, y0, x1, y1), fill=(252, 250, 244))
    f = printed("song_gb", 30)
    s.centred(y0 + mm(6), "收　款　收　据", printed("song_gb", 52), fill=RECEIPT_RED, spacing=4, x0=x0, x1=x1)
    s.text(x1 - mm(48), y0 + mm(8), f"No.{rng.randint(100000, 999999):07d}", font("serif_bold", 30), fill=RECEIPT_RED)
    s.text(x0 + mm(8), y0 + mm(22), "年　　月　　日", f, fill=RECEIPT_RED)
    write(s, x0 + mm(1), y0 + mm(20), str(when.year), rng, size=34)
    write(s, x0 + mm(16), y0 + mm(20), str(when.month), rng, size=34)
    write(s, x0 + mm(27), y0 + mm(20), str(when.day), rng, size=34)
    s.lines.append(num_date(when))
    w = x1 - x0 - mm(16)
    rows = [["今收到", ""], ["交　来", ""], ["人民币（大写）", ""], ["¥", ""]]
    b = grid(s, x0 + mm(8), y0 + mm(30), [mm(38), w - mm(38)], rows, heights=mm(12), f=f)
    for (row, value) in zip(b, [c.respondent.name, f"{c.number}执行和解第{'一二三'[k - 1]}期赔偿款", money_caps(paid),
                                 f"{paid:,.2f}"], strict=True):
        write(s, row[1][0] + mm(3), row[1][1] + mm(2), value, rng, size=36)
    s.text(x0 + mm(8), y1 - mm(13), "收款人：", f, fill=RECEIPT_RED)
    write(s, x0 + mm(28), y1 - mm(15), c.applicant.name, rng, size=44, ink=BLACK)
    fingerprint(s, x0 + mm(62), y1 - mm(10), rng)
    s.text(x0 + mm(96), y1 - mm(13), "经手人：", f, fill=RECEIPT_RED)
    write(s, x0 + mm(116), y1 - mm(15), c.agent, rng, size=44, ink=BLACK)
    write(s, x0 + mm(8), y1 + mm(6), f"第{k}期　已收", rng, size=36, ink=PENCIL, faint=0.55)
    return [s]


def _collection_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """执行款领取单: the tribunal's pre-printed slip, the payee's signature and fingerprint, the bank's transfer noted."""
    from dossier.corpus.families.court_is import paid_days

    a = c.applicant
    s = Sheet(paper=(249, 247, 240))
    y = form_head(s, "执行款领取单", spread=24)
    w = X1 - X0
    paid = paid_days(c)[-1]
    payee = c.agent if c.extra["tale"] == "elder" else a.legal_rep
    rows = [["案号", "", "承办法庭", ""], ["领款人", "", "领款方式", ""], ["金额（大写）", ""], ["金额（小写）", ""],
            ["款项来源", ""], ["领款人签名", ""], ["承办人", "", "领款日期", ""]]
    b = grid(s, X0, y, [mm(34), mm(54), mm(28), w - mm(116)], rows, heights=[mm(15), mm(15), mm(15), mm(15), mm(22), mm(28),
                                                                             mm(15)])
    source = (f"扣划被执行人{c.respondent.name}农商行账户存款" if c.extra["tale"] == "tea"
              else f"{c.extra.get('employer', '')}协助扣留被执行人{c.respondent.name}工资")
    for (r, k), value in (((0, 1), c.number), ((0, 3), c.extra["tribunal"]), ((1, 1), a.name), ((1, 3), "转账"),
                          ((2, 1), money_caps(c.amount)), ((3, 1), f"¥{c.amount:,.2f}"), ((4, 1), source),
                          ((6, 1), c.officer), ((6, 3), num_date(paid))):
        fill_cell(s, b[r][k], value, rng, size=40)
    x0, y0, _, _ = b[5][1]
    write(s, x0 + mm(10), y0 + mm(8), payee, rng, size=56, ink=BLACK)
    fingerprint(s, x0 + mm(56), y0 + mm(14), rng)
    if c.extra["tale"] == "elder":
        write(s, x0 + mm(76), y0 + mm(10), f"代母亲{a.name}领", rng, size=40, ink=BLACK)
    s.text(X0, b[-1][0][3] + mm(8), "注：执行款经本院执行款专户转入领款人账户。", printed("song_gb", 32), fill=PRINT)
    form_footer(s, "雷山县人民法院执行局制")
    return [s]


def _village_proof(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The village committee's 证明, handwritten on its letter paper under the red heading, the committee's seal over
    the date."""
    a = c.applicant
    village = str(c.extra.get("village", "新桥村"))
    committee = f"雷山县大塘镇{village}村民委员会"
    s = Sheet()
    red = (200, 36, 44)
    s.centred(mm(18), committee, printed("song_gb", 56), fill=red, spacing=4)
    s.line(X0 - mm(6), mm(32), X1 + mm(6), mm(32), width=4, fill=red)
    for rule in range(mm(52), s.height - mm(30), mm(11)):
        s.line(X0 - mm(6), rule, X1 + mm(6), rule, width=1, fill=(230, 170, 170))
    write(s, s.width / 2 - mm(20), mm(40), "证　明", rng, size=66, ink=BLACK, face="kai_gb")
    dborn = c.extra.get("daughter_born") or date(1978, 1, 1)
    text = (f"兹证明{a.name}（身份证号{a.id_number}）系我村{a.address[-2:]}村民，{c.respondent.name}（身份证号"
            f"{c.respondent.id_number}）是其儿子，{c.agent}（{dborn.year}年{dborn.month}月出生，身份证号{c.extra.get('daughter_id', '')}）"
            f"是其女儿，三人系母子、母女关系。{a.name}年老多病，不识字，由女儿{c.agent}照顾生活。")
    y = write_block(s, X0, mm(52) + mm(11) - mm(9), text, rng, width=X1 - X0, lead=mm(11), size=46, ink=BLACK,
                    indent=92, face="kai_gb")
    write(s, X0 + 92, y, "特此证明。", rng, size=46, ink=BLACK, face="kai_gb")
    y += mm(33)
    write(s, X1 - mm(90), y, committee[6:], rng, size=44, ink=BLACK, face="kai_gb")
    when = c.filed_on - timedelta(days=rng.randint(3, 8))
    write(s, X1 - mm(70), y + mm(11), num_date(when), rng, size=44, ink=BLACK, face="kai_gb")
    seal(s, X1 - mm(50), y + mm(8), committee[6:], rng, radius=mm(20))
    write(s, X0, y + mm(34), "经办人：" + rng.choice(["杨", "吴", "李"]) + rng.choice(["正清", "光明", "志军"]), rng, size=42,
          ink=BLACK, face="kai_gb")
    return [s]
