"""What 城中区法院执行局 receives, in its makers' styles: 柳州中院's appeal judgment (Noto serif, '- n -' page marks, the
'本件与原本核对无异' stamp), this court's own 民事 tribunal's judgment and 调解书, the applicants' papers (a law firm's
application and letter, ID card copies, a 授权委托书, a lawyer's electronic licence shown on a phone), the window forms
filled in ballpoint, a 淘宝 司法拍卖 成交确认书 printed from a browser, a bank's 协助查询/冻结 反馈 table, the 车管所's
reply, the 非税 receipt and the bank's 电子回单. Sheets the applicants' side submitted as phone-app PDFs carry
`app_scan` (and `screen` when the app photographed a screen); court_dk_capture reads them."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import RED, Sheet, mm, seal, signature, wrap
from dossier.corpus.families.court_dk_kit import COURT, LEFT, RIGHT, TOP, WIDTH, grid, heavy, pen, song
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_basis", "enforcement_application", "identity_proof", "power_of_attorney", "law_firm_letter",
    "lawyer_license", "payment_account_confirmation", "service_address_confirmation", "property_clue_form", "fee_receipt",
    "property_declaration_form", "settlement_agreement", "payment_voucher", "evidence",
})


def _when(c: CaseCtx, code: str) -> date:
    from dossier.corpus.families.court_dk import made_on

    return made_on(c, code)


def _app(sheets: list[Sheet], *, screen: tuple[float, float, float, float] | None = None) -> list[Sheet]:
    for s in sheets:
        setattr(s, "app_scan", True)  # noqa: B010 — read by court_dk_capture
        setattr(s, "screen", screen)  # noqa: B010 — the box of a screen photographed, for its moiré
    return sheets


def _lines(s: Sheet, y: float, blocks: list[tuple[str, str]], f: Font, *, lead: float, x0: float = LEFT,
           width: float = WIDTH, more: list[Sheet] | None = None) -> tuple[Sheet, float]:
    """Blocks (p paragraph, l line, r right) down the sheet, onto a new sheet (appended to `more`) at the foot."""
    for kind, text in blocks:
        ind = f.size * 2 if kind == "p" else 0
        parts = [text] if kind == "r" else wrap(text, f, width, indent=ind)
        for i, part in enumerate(parts):
            if y > s.height - mm(32) and more is not None:
                s = Sheet()
                more.append(s)
                y = mm(30)
            if kind == "r":
                s.right(x0 + width, y, part, f)
            else:
                s.text(x0 + (ind if i == 0 else 0), y, part, f)
            y += lead
    return s, y


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_dk import tale

    t = tale(c)
    if code == "enforcement_basis":
        return _app(_midcourt(c, rng)) if t == "snail" else _own_civil(c, rng)
    if code == "enforcement_application":
        return _app(_application(c, rng))
    if code == "identity_proof":
        who = c.respondent if "respondent" in served else c.applicant
        return _app(_registry_print(c, who, rng) if who.kind == "organisation" else _id_card(who, rng))
    if code == "power_of_attorney":
        return _app(_attorney(c, rng))
    if code == "law_firm_letter":
        return _app(_firm_letter(c, rng))
    if code == "lawyer_license":
        s = Sheet()
        return _app(_licence(c, rng), screen=(mm(45) + 24, mm(20) + 120, s.width - mm(45) - 24, s.height - mm(35) - 120))
    if code == "payment_account_confirmation":
        return _account_form(c, rng)
    if code == "service_address_confirmation":
        return _address_form(c, rng)
    if code == "property_clue_form":
        return _app(_clues(c, rng))
    if code == "fee_receipt":
        return _fee_receipt(c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    if code == "payment_voucher":
        return _voucher(c, rng)
    if code == "evidence":
        return _auction_deal(c, rng)
    if code == "registry_reply":
        return _registry_reply(c, rng)
    if code == "bank_reply":
        return _bank_reply(c, rng)
    raise KeyError(code)


def _serif(size: int = 42) -> Font:
    return font("serif", size)


def _midcourt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """柳州中院's 二审 judgment: Noto serif, court name and title centred, a '- n -' mark under every page."""
    a, r = c.applicant, c.respondent
    name = c.basis_court
    s = Sheet()
    s.centred(mm(30), name, font("serif_bold", 54))
    s.centred(mm(30) + 96, "民 事 判 决 书", font("serif_bold", 76), spacing=10)
    s.right(s.width - mm(25), mm(30) + 220, c.basis_number, _serif(40))
    tons = c.extra["tons"]
    blocks = [
        ("p", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"),
        ("p", f"法定代表人：{r.legal_rep}，该公司执行董事。"),
        ("p", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"),
        ("p", f"法定代表人：{a.legal_rep}，该公司经理。"),
        ("p", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服广西壮族自治区柳州市城中区人民法院"
              f"{c.extra['first_no']}民事判决，向本院提起上诉。本院立案后，依法组成合议庭进行了审理。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：被上诉人供应的酸笋部分酸度不达标、"
              "含水量过高，上诉人因此停止付款，不构成违约。"),
        ("p", f"{a.name}辩称：双方签订《酸笋供货合同》后，被上诉人按约分批供应发酵酸笋{tons}吨，每批均经上诉人验收入库，"
              "上诉人在约定的质量异议期内从未提出异议，其上诉理由不能成立。"),
        ("p", f"本院经审理查明，一审查明的事实属实，本院予以确认。另查明，上诉人用于生产袋装螺蛳粉的酸笋包已于"
              f"2023年投放市场，上诉人对所欠货款{c.amount}元的对账单签字盖章确认。"),
        ("p", "本院认为，当事人应当按照约定全面履行自己的义务。上诉人对货物验收入库并已投入生产使用，又在对账单上确认欠款数额，"
              "其以质量问题为由拒付货款，缺乏事实依据，本院不予支持。一审判决认定事实清楚，适用法律正确，应予维持。依照"
              "《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{int(c.amount) // 100 + 50}元，由上诉人{r.name}负担。"),
        ("p", "本判决为终审判决。"),
    ]
    sheets = [s]
    last, y = _lines(s, mm(30) + 310, blocks, _serif(42), lead=80, x0=mm(27), width=s.width - mm(52), more=sheets)
    if y > last.height - mm(110):
        last = Sheet()
        sheets.append(last)
        y = mm(40)
    y += 40
    for role, who in [("审　判　长", person_name(rng)), ("审　判　员", person_name(rng)), ("审　判　员", person_name(rng))]:
        last.text(last.width - mm(95), y, f"{role}　　{who}", _serif(42))
        y += 80
    day = _when(c, "enforcement_basis")
    last.text(last.width - mm(95), y + 20, cn_date(day), _serif(42))
    seal(last, last.width - mm(68), y + 30, name, rng, radius=mm(21))
    y += 110
    last.text(last.width - mm(95), y, f"书　记　员　　{person_name(rng)}", _serif(42))
    stamp = "本件与原本核对无异"
    box_x = mm(30)
    last.draw.rectangle((box_x, y - 140, box_x + mm(52), y - 60), outline=(60, 60, 60), width=3)
    last.text(box_x + 18, y - 120, stamp, font("hei", 36))
    n = len(sheets)
    for i, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(18), f"- {i} -", _serif(34))
        if i > 1:
            sh.page_of = (i, n)
    return sheets


def _own_civil(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """This court's 民事 tribunal: a 民间借贷 judgment or a road-accident 调解书, set as the tribunal sets them (Noto serif
    body, heavier title, no page marks but a running '第x页' in the foot's centre)."""
    from dossier.corpus.families.court_dk import tale

    a, r = c.applicant, c.respondent
    road = tale(c) == "road"
    s = Sheet()
    s.centred(mm(32), COURT, font("serif_bold", 52))
    s.centred(mm(32) + 92, "民 事 调 解 书" if road else "民 事 判 决 书", font("serif_bold", 76), spacing=12)
    s.right(s.width - mm(25), mm(32) + 214, c.basis_number, _serif(40))
    def who(p: Party, role: str) -> str:
        return f"{role}：{p.name}，{p.sex}，{(p.born or date(1980, 1, 1)).year}年{(p.born or date(1980, 1, 1)).month}月出生，汉族，住{p.address}。"
    if road:
        crash: date = c.extra["crash_on"]
        blocks = [
            ("p", who(a, "原告")), ("p", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("p", who(r, "被告")),
            ("p", f"原告{a.name}与被告{r.name}机动车交通事故责任纠纷一案，本院于2023年立案后，依法适用简易程序进行了审理。"),
            ("p", f"原告诉称：{num_date(crash)}，被告驾驶{c.extra['plate']}号小型轿车行驶至{c.extra['road']}时，与步行通过人行横道的"
                  "原告相撞，致原告受伤。经柳州市公安局交通警察支队城中大队认定，被告负事故全部责任。原告请求被告赔偿医疗费、误工费、"
                  "护理费、残疾赔偿金等各项损失。"),
            ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
            ("p", f"一、被告{r.name}赔偿原告{a.name}各项损失共计{money(c.amount)}（已扣除交强险已赔付部分），"
                  f"于{num_date(c.basis_effective + timedelta(days=30))}前一次性付清；"),
            ("p", "二、原告放弃其他诉讼请求；"),
            ("p", f"三、案件受理费减半收取{int(c.amount) // 200 + 25}元，由被告负担。"),
            ("p", "上述协议，不违反法律规定，本院予以确认。"),
            ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
        ]
    else:
        lent: date = c.extra["lent_on"]
        blocks = [
            ("p", who(a, "原告")), ("p", who(r, "被告")),
            ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院立案后，依法适用简易程序公开开庭进行了审理。被告经本院传票"
                  "传唤无正当理由拒不到庭参加诉讼，本院依法缺席审理。本案现已审理终结。"),
            ("p", f"原告诉称：{num_date(lent)}，被告因经营粉店需要资金向原告借款{c.amount}元，并出具借条一张，约定三个月内归还。"
                  "借款到期后，经原告多次催讨，被告至今未还。"),
            ("p", f"本院经审理认定事实如下：{num_date(lent)}，原告通过银行转账向被告支付{c.amount}元，被告向原告出具借条。"
                  "借款期限届满后被告未归还。"),
            ("p", "本院认为，合法的借贷关系受法律保护。原告提交的借条、转账凭证足以证明借贷事实，被告应当按约归还借款。依照《中华"
                  "人民共和国民法典》第六百六十七条、第六百七十五条、第六百七十六条，《中华人民共和国民事诉讼法》第一百四十七条的"
                  "规定，判决如下："),
            ("p", f"被告{r.name}于本判决发生法律效力之日起十日内归还原告{a.name}借款{money(c.amount)}，并支付自"
                  f"{num_date(lent + timedelta(days=90))}起至实际清偿之日止按一年期贷款市场报价利率计算的逾期利息。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
                  "迟延履行期间的债务利息。"),
            ("p", f"案件受理费{int(c.amount) // 200 + 25}元（已减半收取），由被告负担。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于广西壮族"
                  "自治区柳州市中级人民法院。"),
        ]
    sheets = [s]
    last, y = _lines(s, mm(32) + 300, blocks, _serif(41), lead=78, x0=mm(26), width=s.width - mm(50), more=sheets)
    if y > last.height - mm(95):
        last = Sheet()
        sheets.append(last)
        y = mm(40)
    y += 40
    last.text(last.width - mm(90), y, f"审判员　　{person_name(rng)}", _serif(42))
    day = _when(c, "enforcement_basis")
    last.text(last.width - mm(90), y + 110, cn_date(day), _serif(42))
    seal(last, last.width - mm(62), y + 120, COURT, rng, radius=mm(21))
    last.text(last.width - mm(90), y + 220, f"书记员　　{person_name(rng)}", _serif(42))
    n = len(sheets)
    for i, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(18), f"第{i}页", _serif(32))
        if i > 1:
            sh.page_of = (i, n)
    return sheets


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The law firm's 强制执行申请书, typed in a sans face, signed and sealed by the applicant."""
    from dossier.corpus.families.court_dk import basis_name, tale

    a, r = c.applicant, c.respondent
    f = font("sans", 40)
    s = Sheet()
    s.centred(mm(28), "强制执行申请书", font("sans_bold", 66), spacing=8)
    def said(p: Party) -> str:
        if p.kind == "organisation":
            return f"{p.name}，统一社会信用代码：{p.id_number}，住所地：{p.address}，法定代表人：{p.legal_rep}，电话：{p.phone}"
        return f"{p.name}，{p.sex}，身份证号码：{p.id_number}，住址：{p.address}，电话：{p.phone}"
    rest = ("及迟延履行期间的加倍债务利息" if tale(c) != "road" else "")
    blocks = [("l", "申请执行人：" + said(a)), ("l", f"委托代理人：{c.agent}，{c.firm}律师，电话：{c.agent_phone}"),
              ("l", "被执行人：" + said(r)), ("l", "执行请求："),
              ("p", f"1．请求依法强制执行被执行人支付{money(c.amount)}{rest}；"),
              ("p", "2．本案申请执行费由被执行人承担。"), ("l", "事实与理由："),
              ("p", f"申请执行人与被执行人{c.extra['cause']}一案，经{basis_name(c)}确定被执行人应向申请执行人支付上述款项，"
                    "该法律文书已发生法律效力。被执行人至今未履行义务，为维护申请执行人的合法权益，根据《中华人民共和国民事诉讼法》"
                    "第二百四十七条之规定，特向贵院申请强制执行。"),
              ("l", "此致"), ("l", COURT)]
    sheets = [s]
    last, y = _lines(s, mm(28) + 140, blocks, f, lead=74, x0=mm(25), width=s.width - mm(48), more=sheets)
    y += 50
    last.text(last.width - mm(110), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(last, last.width - mm(50), y + 20, a.name, rng, radius=mm(19))
    else:
        signature(last, last.width - mm(62), y - 8, a.name, rng)
    last.text(last.width - mm(110), y + 90, "委托代理人：", f)
    signature(last, last.width - mm(62), y + 80, c.agent, rng)
    when = _when(c, "enforcement_application")
    last.text(last.width - mm(90), y + 190, f"{when.year}年{when.month}月{when.day}日", f)
    return sheets


def _id_card(p: Party, rng: random.Random) -> list[Sheet]:
    """A 居民身份证 photocopied front and back on one A4, the owner's note across it."""
    s = Sheet()
    w, h = mm(85.6) * 1.25, mm(54) * 1.25
    x = (s.width - w) / 2
    born = p.born or date(1980, 1, 1)
    for k, y in enumerate((mm(45), mm(45) + h + mm(25))):
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=28, fill=(236, 236, 232), outline=(120, 120, 120), width=3)
        f = font("hei", 30)
        if k == 0:
            rows = [("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}　年　{born.month}　月　{born.day}　日")]
            yy = y + 50
            for label, val in rows:
                s.text(x + 40, yy, label, f, fill=(90, 90, 90))
                s.text(x + 130, yy, val, font("hei", 34))
                yy += 70
            s.text(x + 40, yy, "住址", f, fill=(90, 90, 90))
            for part in wrap(p.address, font("hei", 32), w * 0.5):
                s.text(x + 130, yy, part, font("hei", 32))
                yy += 46
            s.text(x + 40, y + h - 80, "公民身份号码", f, fill=(90, 90, 90))
            s.text(x + 250, y + h - 84, p.id_number, font("hei", 40), spacing=4)
            s.draw.rectangle((x + w - 250, y + 60, x + w - 50, y + 310), fill=(170, 170, 168))
        else:
            s.centred(y + 60, "中华人民共和国", font("hei", 50), spacing=10, x0=x + w * 0.3, x1=x + w)
            s.centred(y + 140, "居 民 身 份 证", font("hei", 62), spacing=6, x0=x + w * 0.3, x1=x + w)
            issued = date(2016 + rng.randint(0, 5), rng.randint(1, 12), rng.randint(1, 28))
            s.text(x + 60, y + h - 140, f"签发机关　柳州市公安局{rng.choice(['城中', '鱼峰', '柳南'])}分局", f)
            s.text(x + 60, y + h - 80, f"有效期限　{issued:%Y.%m.%d}-{issued.year + 20}.{issued:%m.%d}", f)
    pen(s, x + 40, mm(45) + 2 * h + mm(40), "此复印件仅供柳州市城中区人民法院执行使用，再复印无效。", rng, size=40)
    signature(s, x + w - mm(50), mm(45) + 2 * h + mm(56), p.name, rng)
    return [s]


def _registry_print(c: CaseCtx, p: Party, rng: random.Random) -> list[Sheet]:
    """国家企业信用信息公示系统's 企业信用信息公示报告, printed from the site."""
    s = Sheet()
    s.text(mm(12), mm(8), f"{_when(c, 'enforcement_application') - timedelta(days=1):%Y/%m/%d} 16:{rng.randint(10, 59)}"
           "　　国家企业信用信息公示系统", font("sans", 24))
    s.centred(mm(26), "企业信用信息公示报告", font("sans_bold", 60))
    s.centred(mm(26) + 90, p.name, font("sans", 40))
    rows = [["统一社会信用代码", p.id_number], ["企业名称", p.name], ["类型", "有限责任公司（自然人投资或控股）"],
            ["法定代表人", p.legal_rep], ["注册资本", f"{rng.choice([100, 200, 500])}万元人民币"],
            ["成立日期", f"{rng.randint(2015, 2020)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"],
            ["登记机关", "柳州市柳北区市场监督管理局"], ["登记状态", "存续（在营、开业、在册）"], ["住所", p.address],
            ["经营范围", "食品生产；食品销售；螺蛳粉、米粉制品的生产与销售；农副产品收购（依法须经批准的项目，经相关部门批准后方可开展经营活动）"]]
    grid(s, mm(20), mm(26) + 170, [mm(48), s.width - mm(40) - mm(48)], rows, [84] * 9 + [180], font("sans", 32), frame=2)
    s.text(mm(12), s.height - mm(10), "https://www.gsxt.gov.cn/corp-query-entprise-info-xxgg-100000.html　　1/1", font("sans", 22))
    return [s]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    f = font("serif", 42)
    s.centred(mm(34), "授 权 委 托 书", font("serif_bold", 70), spacing=14)
    rows = [("委托人", f"{a.name}" + (f"（法定代表人：{a.legal_rep}）" if a.legal_rep else f"（身份证号码：{a.id_number}）")),
            ("受托人", f"{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，电话{c.agent_phone}")]
    y: float = mm(34) + 150
    for label, val in rows:
        s.text(LEFT, y, label + "：", f)
        for part in wrap(val, f, WIDTH - 200):
            s.text(LEFT + 200, y, part, f)
            y += 76
        y += 14
    s, y = _lines(s, y + 20, [
        ("p", f"现委托上列受托人在{a.name}与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。"),
        ("l", "代理权限为：特别授权，包括申请执行、提供财产线索、申请采取查封扣押冻结措施、参与执行和解、代为签收法律文书、"
              "代为领取执行款、申请终结本次执行程序或结案。"),
        ("l", "委托期限：自签署之日起至本案执行终结之日止。"),
    ], f, lead=76)
    y += 60
    s.text(s.width - mm(100), y, "委托人：", f)
    if a.kind == "organisation":
        seal(s, s.width - mm(48), y + 20, a.name, rng, radius=mm(19))
    else:
        signature(s, s.width - mm(65), y - 10, a.name, rng)
    s.text(s.width - mm(100), y + 100, "受托人：", f)
    signature(s, s.width - mm(65), y + 90, c.agent, rng)
    d = _when(c, "power_of_attorney")
    pen(s, s.width - mm(95), y + 200, f"{d.year}年{d.month}月{d.day}日", rng)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(22), c.firm, font("serif_bold", 66), fill=RED, spacing=8)
    s.line(mm(20), mm(22) + 100, s.width - mm(20), mm(22) + 100, width=6, fill=RED)
    s.line(mm(20), mm(22) + 112, s.width - mm(20), mm(22) + 112, width=2, fill=RED)
    s.centred(mm(22) + 160, "律 师 事 务 所 函", font("serif_bold", 60), spacing=6)
    d = _when(c, "law_firm_letter")
    s.right(s.width - RIGHT, mm(22) + 260, f"桂柳律执字〔{d.year}〕第{rng.randint(20, 480)}号", font("serif", 38))
    f = font("serif", 42)
    s, y = _lines(s, mm(22) + 360, [
        ("l", f"{COURT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
              "代理人。特此函告。"),
        ("l", "附：授权委托书一份"),
        ("l", f"律师：{c.agent}　联系电话：{c.agent_phone}"),
        ("l", f"本所地址：{c.extra['firm_addr']}"),
    ], f, lead=80)
    y += 80
    s.right(s.width - RIGHT - mm(10), y, f"{d.year}年{d.month}月{d.day}日", f)
    seal(s, s.width - RIGHT - mm(40), y + 10, c.firm, rng, radius=mm(20))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's 电子律师执业证, shown on a phone and scanned off its screen: a dark phone frame round a card."""
    s = Sheet()
    x0, y0, x1, y1 = mm(45), mm(20), s.width - mm(45), s.height - mm(35)
    s.draw.rounded_rectangle((x0, y0, x1, y1), radius=70, fill=(24, 24, 26))
    s.draw.rectangle((x0 + 24, y0 + 120, x1 - 24, y1 - 120), fill=(246, 247, 250))
    s.draw.rectangle((x0 + 24, y0 + 120, x1 - 24, y0 + 260), fill=(28, 86, 170))
    s.centred(y0 + 160, "律师执业证", font("sans_bold", 60), fill=(255, 255, 255), x0=x0, x1=x1)
    s.centred(y0 + 300, "中华人民共和国司法部监制", font("sans", 32), x0=x0, x1=x1)
    s.draw.rectangle((x0 + 90, y0 + 380, x0 + 330, y0 + 680), fill=(190, 196, 206))
    rows = [("姓名", c.agent), ("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
            ("发证机关", "广西壮族自治区司法厅"), ("发证日期", f"{rng.randint(2012, 2020)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日")]
    y = y0 + 390
    for label, val in rows:
        s.text(x0 + 370, y, label, font("sans", 32), fill=(110, 110, 120))
        s.text(x0 + 370, y + 42, val, font("sans_bold", 36))
        y += 110
    s.centred(y1 - 230, "年度考核：2023年度 称职", font("sans", 34), x0=x0, x1=x1)
    s.centred(y1 - 170, "本电子证照与纸质证照具有同等效力", font("sans", 28), fill=(120, 120, 120), x0=x0, x1=x1)
    return [s]


def _form_top(title: str, c: CaseCtx) -> tuple[Sheet, float]:
    s = Sheet()
    s.centred(TOP, COURT, heavy(44), spacing=3)
    s.centred(TOP + 80, title, heavy(58), spacing=4)
    s.right(s.width - RIGHT, TOP + 175, c.number, song(36))
    return s, TOP + 240


def _account_form(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _form_top("申请执行人收取执行款账户确认书", c)
    rows = [["申请执行人", ""], ["账户名称", ""], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""],
            ["声　　明", "本人（单位）确认以上账户信息真实、准确，执行款项转入上述账户即视为本人（单位）收到。因账户信息错误造成的"
                        "后果由本人（单位）承担。"]]
    boxes = grid(s, LEFT, y, [WIDTH * 0.26, WIDTH * 0.74], rows, [110, 110, 110, 110, 110, 230], song(38))
    for bx, val in zip(boxes[:5], [c.applicant.name, c.applicant.name, c.extra["in_bank"], c.extra["in_acct"], c.agent_phone],
                       strict=True):
        pen(s, bx[0] + 20, bx[1] + 30, val, rng)
    y += 780 + 80
    s.text(LEFT + mm(80), y, "申请执行人（签名或盖章）：", song(38))
    signature(s, LEFT + mm(80), y + 60, c.agent, rng)
    d = _when(c, "payment_account_confirmation")
    pen(s, LEFT + mm(100), y + 160, f"{d.year}年{d.month}月{d.day}日", rng)
    return [s]


def _address_form(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _form_top("送达地址确认书", c)
    rows = [["告知事项", "一、当事人应如实提供确切的送达地址；二、确认的送达地址适用于执行程序；三、因送达地址不准确、变更未书面告知"
                       "本院，导致文书未能实际被接收的，文书退回之日视为送达之日。"],
            ["受送达人", ""], ["送达地址", ""], ["收件人", ""], ["联系电话", ""], ["是否同意电子送达", ""], ["电子邮箱/手机号", ""]]
    boxes = grid(s, LEFT, y, [WIDTH * 0.26, WIDTH * 0.74], rows, [260, 110, 140, 110, 110, 110, 110], song(36))
    vals = [c.applicant.name, c.extra["firm_addr"], c.agent, c.agent_phone, "☑同意　□不同意", c.agent_phone]
    for bx, val in zip(boxes[1:], vals, strict=True):
        pen(s, bx[0] + 20, bx[1] + 30, val, rng, size=38)
    y += 950 + 60
    s.text(LEFT, y, "受送达人（签名或盖章）：", song(38))
    signature(s, LEFT + mm(90), y - 10, c.agent, rng)
    d = _when(c, "service_address_confirmation")
    pen(s, LEFT + mm(100), y + 100, f"{d.year}.{d.month}.{d.day}", rng)
    return [s]


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    from dossier.corpus.families.court_dk import tale

    s = Sheet()
    f = font("sans", 36)
    s.centred(mm(28), "被执行人财产线索表", font("sans_bold", 60))
    s.text(mm(22), mm(28) + 110, f"申请执行人：{c.applicant.name}　　被执行人：{c.respondent.name}", f)
    rows = [["财产类型", "财产线索（坐落、账号、号牌等）", "来源"]]
    if tale(c) == "snail":
        rows += [["银行存款", f"{c.extra['r_bank']} 账号{c.extra['r_acct']}", "往来货款转账记录"],
                 ["车辆", f"{c.extra['van']} 号牌{c.extra['plate']}", "送货时所见"],
                 ["应收账款", "被执行人在本地商超、电商平台的货款", "行业了解"]]
    elif tale(c) == "loan":
        rows += [["银行存款", "借款时转入的账户（柳州银行）", "转账凭证"], ["不动产", "不详", ""], ["其他", "在柳南区开过粉店，现已关闭", "了解"]]
    else:
        rows += [["银行存款", f"{c.extra['r_bank']} 账号{c.extra['r_acct']}", "交警卷宗"], ["车辆", f"肇事车辆{c.extra['plate']}", "事故认定书"]]
    w = s.width - mm(44)
    grid(s, mm(22), mm(28) + 190, [w * 0.2, w * 0.56, w * 0.24], rows, [100] + [150] * (len(rows) - 1), f, frame=2)
    y = mm(28) + 190 + 100 + 150 * (len(rows) - 1) + 80
    s.text(mm(22), y, "申请执行人保证以上线索真实，如有虚假，愿承担相应法律责任。", f)
    s.text(s.width - mm(110), y + 110, "申请执行人：", f)
    signature(s, s.width - mm(60), y + 96, c.agent, rng)
    d = _when(c, "property_clue_form")
    s.text(s.width - mm(100), y + 200, f"{d.year}年{d.month}月{d.day}日", f)
    return [s]


def _fee_receipt(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """广西壮族自治区非税收入电子票据, printed from the e-invoice platform: a framed bill in the upper half of A4."""
    s = Sheet()
    x0, x1 = mm(15), s.width - mm(15)
    s.centred(mm(18), "广西壮族自治区非税收入电子票据", font("hei", 54), fill=(150, 40, 40))
    d = _when(c, "fee_receipt")
    f = font("hei", 30)
    s.text(x0, mm(18) + 90, f"票据代码：45060124　　票据号码：{rng.randint(10**9, 10**10 - 1)}　　开票日期：{d:%Y-%m-%d}", f)
    s.text(x0, mm(18) + 135, f"交款人：{c.applicant.name}　　交款人统一社会信用代码/身份证号：{c.applicant.id_number}", f)
    fee: Decimal = c.extra["fee"]
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"], ["103040101", "申请执行费", "元", "1", str(fee), str(fee)],
            ["", "", "", "", "", ""], [f"金额合计（大写）　{money_caps(fee)}", ""],
            [f"备注：{c.number}　{c.applicant.name}申请执行{c.respondent.name}", ""]]
    w = x1 - x0
    grid(s, x0, mm(18) + 190, [w * 0.16, w * 0.3, w * 0.1, w * 0.1, w * 0.14, w * 0.2], rows, [80, 80, 80, 80, 110], f, frame=3)
    y = mm(18) + 190 + 430 + 30
    s.text(x0, y, f"执收单位（盖章）：{COURT}　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}", f)
    seal(s, x0 + mm(80), y - 40, COURT, rng, radius=mm(17), inner="财务专用章")
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    from dossier.corpus.families.court_dk import tale

    r = c.respondent
    s, y = _form_top("被执行人财产申报表", c)
    rows = [["被执行人", ""], ["证照号码", ""], ["住所/住址", ""], ["银行存款", ""], ["车辆", ""], ["不动产", ""],
            ["收入情况", ""], ["其他财产", ""], ["申报人承诺", "以上申报内容真实、完整，如有隐瞒或虚报，愿承担法律责任。"]]
    boxes = grid(s, LEFT, y, [WIDTH * 0.24, WIDTH * 0.76], rows, [110, 110, 130, 130, 130, 110, 110, 110, 150], song(36))
    if tale(c) == "snail":
        vals = [r.name, r.id_number, "柳北区螺蛳粉产业园", f"{c.extra['r_bank']}，余额不多", f"厢式货车一辆 {c.extra['plate']}", "无（厂房为租赁）",
                "近期订单少，亏损", "生产线设备（已抵押）"]
    elif tale(c) == "road":
        vals = [r.name, r.id_number, r.address, f"{c.extra['r_bank']}工资卡", f"{c.extra['plate']}（已报废）", "无",
                f"每月工资约{rng.randint(4, 7)}000元", "无"]
    else:
        vals = [r.name, r.id_number, r.address, "无", "无", "无", "打零工，无固定收入", "无"]
    for bx, val in zip(boxes[:8], vals, strict=True):
        pen(s, bx[0] + 18, bx[1] + 30, val, rng, size=38)
    y += sum([110, 110, 130, 130, 130, 110, 110, 110, 150]) + 60
    s.text(LEFT + mm(70), y, "申报人（签名、捺印）：", song(38))
    signature(s, LEFT + mm(135), y - 8, r.legal_rep or r.name, rng)
    d = _when(c, "property_declaration_form")
    pen(s, LEFT + mm(100), y + 100, f"{d.year}年{d.month}月{d.day}日", rng)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    from dossier.corpus.families.court_dk import tale

    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("serif", 40)
    s.centred(mm(30), "执 行 和 解 协 议", font("serif_bold", 64), spacing=10)
    if tale(c) == "snail":
        got: Decimal = c.extra["price"]
        left = c.amount - got
        terms = [f"一、贵院已拍卖乙方车辆一辆，成交价{got}元，双方同意该款全部用于清偿本案债务；",
                 f"二、乙方于{num_date(c.extra['pay_day'])}前将剩余款项{left}元支付至城中区法院执行款专户；",
                 "三、乙方按期付清上述款项的，甲方放弃迟延履行期间的加倍债务利息，本案执行完毕；",
                 "四、乙方逾期未付的，甲方有权申请恢复执行原生效法律文书。"]
    else:
        terms = [f"一、乙方同意将被冻结账户内存款及自筹资金合计{c.amount}元，于{num_date(c.extra['pay_day'])}前支付至城中区法院执行款专户；",
                 "二、甲方同意放弃迟延履行期间的加倍债务利息，款项付清后本案执行完毕，法院解除对乙方账户的冻结；",
                 "三、乙方逾期未付的，甲方有权申请恢复执行原生效法律文书。"]
    blocks = [("l", f"甲方（申请执行人）：{a.name}"), ("l", f"乙方（被执行人）：{r.name}"),
              ("p", f"甲乙双方就{c.number}执行案件，经{COURT}主持，自愿达成如下和解协议："), *[("p", x) for x in terms],
              ("p", "本协议一式三份，甲乙双方各执一份，交法院一份，自双方签字之日起生效。")]
    s, y = _lines(s, mm(30) + 140, blocks, f, lead=78)
    y += 60
    s.text(LEFT, y, "甲方：", f)
    signature(s, LEFT + mm(22), y - 10, c.agent, rng)
    s.text(s.width / 2, y, "乙方：", f)
    if r.kind == "organisation":
        seal(s, s.width / 2 + mm(45), y + 20, r.name, rng, radius=mm(19))
    signature(s, s.width / 2 + mm(22), y - 10, r.legal_rep or r.name, rng)
    d = _when(c, "settlement_agreement")
    s.right(s.width - RIGHT, y + 130, f"{d.year}年{d.month}月{d.day}日", f)
    return [s]


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's 电子回单 for the money paid out of the court's account to the applicant, two to a page as the
    bank prints them (only the top one used)."""
    s = Sheet()
    x0, x1 = mm(14), s.width - mm(14)
    y = mm(20)
    s.centred(y, "柳州银行　电子回单", font("sans_bold", 48))
    s.text(x0, y + 80, f"回单编号：LZB{rng.randint(10**11, 10**12 - 1)}　　交易日期：{_when(c, 'payment_voucher'):%Y-%m-%d}", font("sans", 28))
    rows = [["付款人户名", f"{COURT}（执行款专户）", "收款人户名", c.applicant.name],
            ["付款人账号", f"7100{rng.randint(10**11, 10**12 - 1)}", "收款人账号", c.extra["in_acct"]],
            ["付款人开户行", "柳州银行城中支行", "收款人开户行", c.extra["in_bank"]],
            ["金额（小写）", f"¥{c.amount:,.2f}", "金额（大写）", money_caps(c.amount)],
            ["用途", f"{c.number}执行款", "交易流水号", f"{rng.randint(10**15, 10**16 - 1)}"]]
    w = x1 - x0
    grid(s, x0, y + 130, [w * 0.17, w * 0.33, w * 0.17], rows, [80] * 5, font("sans", 28), frame=2)
    seal(s, x1 - mm(40), y + 130 + 300, "柳州银行股份有限公司城中支行", rng, radius=mm(16), inner="电子回单专用章")
    s.text(x0, y + 560, "本回单为电子回单，可通过柳州银行官网验证真伪。打印次数：1", font("sans", 24))
    s.line(x0, y + 640, x1, y + 640, width=1, fill=(150, 150, 150))
    return [s]


def _auction_deal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """淘宝 司法拍卖's 网络竞价成交确认书 as printed from the browser: a header strip with the browser's date and title, the
    platform's orange bar, the notice, the URL and '1/1' at the foot."""
    s = Sheet()
    deal = _when(c, "auction_deal") + timedelta(days=1)
    s.text(mm(10), mm(6), f"{deal:%Y/%m/%d} 10:{rng.randint(2, 30):02d}", font("sans", 22))
    s.centred(mm(6), "网络竞价成交确认书-阿里拍卖", font("sans", 22))
    s.draw.rectangle((mm(10), mm(16), s.width - mm(10), mm(30)), fill=(255, 80, 0))
    s.text(mm(14), mm(18), "淘宝网 · 司法拍卖", font("sans_bold", 40), fill=(255, 255, 255))
    s.centred(mm(46), "网络竞价成交确认书", font("sans_bold", 58))
    f = font("sans", 36)
    lot = f"{c.extra['van']}（号牌号码：{c.extra['plate']}）"
    s, y = _lines(s, mm(46) + 120, [
        ("p", f"用户姓名{c.extra['buyer']}通过竞买号{rng.choice('ABCDEFGHJK')}{rng.randint(1000, 9999)}于{deal:%Y/%m/%d} 10:00:00在"
              f"{COURT}于淘宝网（https://sf.taobao.com）司法拍卖平台开展的“{lot}”项目公开竞价中，以最高应价胜出。"),
        ("p", f"该标的网络拍卖成交价格：¥{c.extra['price']:,.2f}（{money_caps(c.extra['price'])}）。"),
        ("p", "在网络拍卖中竞买成功的用户，必须依照标的物《竞买须知》《竞买公告》要求，按时交付标的物网拍成交余款、办理相关手续。"),
        ("p", "标的物最终成交以柳州市城中区人民法院出具拍卖成交裁定为准。"),
    ], f, lead=72, x0=mm(22), width=s.width - mm(44))
    s.right(s.width - mm(22), y + 60, f"{COURT}", f)
    s.right(s.width - mm(22), y + 130, f"{deal.year}年{deal.month:02d}月{deal.day:02d}日", f)
    s.text(mm(10), s.height - mm(9), f"https://sf-item.taobao.com/sf_item/{rng.randint(10**11, 10**12 - 1)}.htm", font("sans", 22))
    s.right(s.width - mm(10), s.height - mm(9), "1/1", font("sans", 22))
    return [s]


def _registry_reply(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """柳州市车管所's reply slip to the court's 协助执行通知书: a two-column 回执 with the registry's seal."""
    s = Sheet()
    s.centred(mm(30), "柳州市公安局交通警察支队车辆管理所", font("ming", 50))
    s.centred(mm(30) + 90, "协助执行回执", font("ming", 66), spacing=10)
    d = _when(c, "assistance_notice") + timedelta(days=rng.randint(1, 3))
    rows = [["来文单位", COURT], ["来文文号", c.number.replace("号", "号之二")], ["车辆号牌", c.extra["plate"]],
            ["车辆类型", "轻型厢式货车"], ["机动车所有人", c.respondent.name], ["协助事项", "查封（不准过户、抵押）"],
            ["办理结果", f"已于{num_date(d)}在机动车登记系统录入查封信息，查封期限至{num_date(d.replace(year=d.year + 2))}。"],
            ["经办人", ""]]
    boxes = grid(s, mm(25), mm(30) + 220, [mm(45), s.width - mm(50) - mm(45)], rows, [100] * 6 + [170, 100], font("ming", 38))
    signature(s, boxes[-1][0] + mm(10), boxes[-1][1] + 18, person_name(rng), rng)
    s.right(s.width - mm(30), mm(30) + 220 + 970 + 60, num_date(d), font("ming", 40))
    seal(s, s.width - mm(60), mm(30) + 220 + 970 + 70, "柳州市公安局交通警察支队车辆管理所", rng, radius=mm(20))
    s.starts_document = True
    return [s]


def _bank_reply(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's 协助查询/冻结 反馈表 in the bank's own grid: one row per account, the branch's business seal."""
    s = Sheet()
    bank = str(c.extra.get("r_bank", ""))
    f = font("sans", 30)
    s.centred(mm(25), bank, font("sans_bold", 46))
    s.centred(mm(25) + 80, "协助执行（查询/冻结）反馈表", font("sans_bold", 54))
    d = _when(c, "assistance_notice") + timedelta(days=1)
    s.text(mm(18), mm(25) + 170, f"来文机关：{COURT}　文书编号：{c.number.replace('号', '号之一')}", f)
    s.text(mm(18), mm(25) + 215, f"被查询人：{c.respondent.name}　证件号码：{c.respondent.id_number}", f)
    bal = Decimal(rng.randint(20000, 900000)) / 100
    rows = [["账号", "币种", "账户状态", "账户余额", "冻结金额", "冻结起止日期"],
            [str(c.extra.get("r_acct", "")), "人民币", "正常", f"{bal:,.2f}", f"{bal:,.2f}",
             f"{d:%Y.%m.%d}—{d.replace(year=d.year + 1):%Y.%m.%d}"]]
    w = s.width - mm(36)
    grid(s, mm(18), mm(25) + 280, [w * 0.26, w * 0.09, w * 0.11, w * 0.15, w * 0.15], rows, [90, 110], f, frame=2)
    y = mm(25) + 280 + 260
    s.text(mm(18), y, f"反馈说明：已按来文冻结该账户，冻结金额{bal:,.2f}元，未足额部分继续轮候。", f)
    s.text(mm(18), y + 60, f"经办人：{person_name(rng)}　复核人：{person_name(rng)}　联系电话：0772-{rng.randint(2000000, 3999999)}", f)
    s.right(s.width - mm(25), y + 160, f"{d:%Y年%m月%d日}", f)
    seal(s, s.width - mm(55), y + 170, bank, rng, radius=mm(18), inner="业务专用章")
    s.starts_document = True
    return [s]
