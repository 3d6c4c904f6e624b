"""The papers that reach the 江汉 bureau from outside: the 武汉中院 二审 judgment, the 武汉仲裁委员会 award and this
court's own 调解书 (the trial division's papers, on plain paper), the 湖北 law firm's application, 所函 and licence copy,
licences and ID copies, the applicant's hand-filled forms, the 汉正街 wholesaler's settlement."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money, num_date, person_name
from dossier.corpus.draw import RED, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_bo import COURT, paper
from dossier.corpus.fonts import font

LAW = "《中华人民共和国民事诉讼法》"


def _pages(sheets: list[Sheet], f_size: int = 28) -> list[Sheet]:
    for i, p in enumerate(sheets):
        if len(sheets) > 1:
            p.page_of = (i + 1, len(sheets))
            p.centred(p.height - mm(12), f"- {i + 1} -", font("serif", f_size))
    return sheets


def _typed(title: str, blocks: list[tuple[str, str]], *, face: str = "serif", size: int = 42,
           head: str = "") -> tuple[list[Sheet], float]:
    """A typed paper on plain A4, running on to more sheets when long; returns the sheets and the last y."""
    s = paper("plain")
    sheets = [s]
    y: float = mm(22)
    if head:
        s.centred(y, head, font(face, 50), spacing=8)
        y += mm(14)
    s.centred(y, title, font(face + "_bold" if face in ("serif", "sans") else face, 62), spacing=10)

    def more() -> tuple[Sheet, float]:
        n = paper("plain")
        sheets.append(n)
        return n, mm(24)
    y = flow(s, blocks, font(face, size), x0=mm(26), width=s.width - mm(52), y=y + mm(30 if head else 20),
             line_height=size * 1.65,
             indent=size * 2, bottom=s.height - mm(34), more=more)
    return sheets, y


def _room(sheets: list[Sheet], y: float, need: float) -> float:
    """The y where a signature block of height `need` fits: on a fresh sheet when the last one is full."""
    if y + need <= sheets[-1].height - mm(22):
        return y
    sheets.append(paper("plain"))
    return float(mm(30))


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if c.basis_kind == "arbitration":
        blocks = [("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
                  ("f", f"被申请人：{r.name}，身份证号{r.id_number}，住{r.address}。"),
                  ("p", f"申请人与被申请人于{c.basis_effective.year - 2}年签订《“汉味”热干面特许经营合同》，约定被申请人在"
                        "东西湖区开设加盟门店，按季度支付加盟费及品牌管理费。被申请人自开业第三季度起未再支付。申请人依据合同"
                        "仲裁条款向本会申请仲裁。本会依法组成仲裁庭，开庭审理了本案。"),
                  ("p", "仲裁庭认为，双方签订的特许经营合同系真实意思表示，合法有效。被申请人拖欠加盟费及管理费，构成违约。"),
                  ("p", "裁决如下："),
                  ("p", f"一、被申请人{r.name}向申请人支付加盟费、品牌管理费及违约金共计{money(c.amount)}；"),
                  ("p", "二、本案仲裁费由被申请人承担。上述款项于本裁决书送达之日起十日内付清。"),
                  ("p", "本裁决为终局裁决，自作出之日起发生法律效力。")]
        sheets, y = _typed("裁 决 书", blocks, head="武汉仲裁委员会")
        sheets[0].right(sheets[0].width - mm(26), mm(50), c.basis_number, font("serif", 36))
        y = _room(sheets, y, 320)
        last = sheets[-1]
        for i, t in enumerate([f"首席仲裁员　{person_name(rng)}", f"仲 裁 员　{person_name(rng)}",
                               f"仲 裁 员　{person_name(rng)}", cn_date(c.basis_effective)]):
            last.text(last.width - mm(90), y + 40 + i * 60, t, font("serif", 40))
        seal(last, last.width - mm(60), y + 180, "武汉仲裁委员会", rng)
        return _pages(sheets)
    if c.basis_kind == "mediation":
        blocks = [("f", f"原告：{a.name}，住所地{a.address}。"), ("f", f"负责人：{a.legal_rep}，行长。"),
                  ("f", f"被告：{r.name}，{r.sex}，{cn_date(r.born).replace('日', '日出生') if r.born else ''}，住{r.address}。"),
                  ("p", f"原告{a.name}与被告{r.name}金融借款合同纠纷一案，本院立案后依法适用简易程序进行审理。"),
                  ("p", "经本院主持调解，双方当事人自愿达成如下协议："),
                  ("p", f"一、被告{r.name}于{cn_date(c.basis_effective + timedelta(days=30))}前一次性偿还原告借款本金及利息共计"
                        f"{money(c.amount)}；"),
                  ("p", "二、被告未按期足额履行的，原告可就全部款项申请强制执行；"),
                  ("p", "三、案件受理费减半收取，由被告负担。"),
                  ("p", "上述协议，符合有关法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。")]
        sheets, y = _typed("民 事 调 解 书", blocks, head=COURT)
    else:
        blocks = [("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，总经理。"),
                  ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
                  ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
                  ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服{COURT}{c.extra['first_number']}民事判决，"
                        "向本院提起上诉。本院依法组成合议庭审理了本案。"),
                  ("p", "一审法院认定：被上诉人向上诉人位于汉正街的批发档口供应针织面料及成衣辅料，双方对账确认欠款后，"
                        "上诉人仅支付部分货款。一审判决上诉人支付货款及逾期付款损失。"),
                  ("p", "本院认为，对账单载明的欠款数额清楚，上诉人称面料存在质量问题，未在约定期限内提出异议，亦未提供"
                        "证据证明，其上诉请求不能成立。依照" + LAW + "第一百七十七条第一款第一项规定，判决如下："),
                  ("p", "驳回上诉，维持原判。"),
                  ("p", f"一审判决确定上诉人支付货款{money(c.amount)}。二审案件受理费由上诉人负担。"),
                  ("p", "本判决为终审判决。")]
        sheets, y = _typed("民 事 判 决 书", blocks, head="湖北省武汉市中级人民法院")
    sheets[0].right(sheets[0].width - mm(26), mm(50), c.basis_number, font("serif", 36))
    y = _room(sheets, y, 360)
    last = sheets[-1]
    court = COURT if c.basis_kind == "mediation" else "湖北省武汉市中级人民法院"
    names = [("审判员", person_name(rng))] if c.basis_kind == "mediation" else \
        [("审判长", person_name(rng)), ("审判员", person_name(rng)), ("审判员", person_name(rng))]
    for i, (role, n) in enumerate([*names, ("", cn_date(c.basis_effective)), ("书记员", person_name(rng))]):
        last.text(last.width - mm(90), y + 40 + i * 58, f"{role}　{n}" if role else n, font("serif", 40))
    seal(last, last.width - mm(62), y + 40 + len(names) * 58, court, rng)
    return _pages(sheets)


def party_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    f = font("sans", 34)
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "enforcement_application":
        sheets, y = _typed("强制执行申请书", [
            ("f", f"申请执行人：{a.name}"), ("f", f"住所地：{a.address}"), ("f", f"{'负责人' if c.extra['story'] == 'loan' else '法定代表人'}：{a.legal_rep}"),
            ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
            ("f", f"被执行人：{r.name}"), ("f", f"住所地：{r.address}"),
            ("f", "请求事项："),
            ("p", f"1．请求依法强制执行{c.basis_court}{c.basis_number}法律文书，责令被执行人支付{money(c.amount)}；"),
            ("p", "2．请求被执行人加倍支付迟延履行期间的债务利息并负担执行费用；"),
            ("p", "3．请求对被执行人采取限制高消费措施，符合条件的纳入失信被执行人名单。"),
            ("f", "事实与理由："),
            ("p", f"上述法律文书已于{cn_date(c.basis_effective)}发生法律效力，被执行人至今未履行。为维护申请人合法权益，特依照"
                  f"{LAW}第二百四十七条之规定，向贵院申请强制执行。"),
            ("f", "此致"), ("f", COURT)], face="sans", size=38)
        y = _room(sheets, y, 200)
        last = sheets[-1]
        last.text(last.width - mm(100), y + 30, f"申请人：{a.name}", font("sans", 34))
        seal(last, last.width - mm(55), y + 60, a.name, rng)
        last.text(last.width - mm(80), y + 130, num_date(c.filed_on - timedelta(days=3)), font("sans", 34))
        return _pages(sheets)
    if code == "power_of_attorney":
        s = paper("plain")
        s.centred(mm(24), "授 权 委 托 书", font("hei", 64), spacing=14)
        flow(s, [("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师"),
                 ("p", f"现委托上列受托人在我单位申请执行{r.name}{c.extra['cause']}一案中，作为我方执行阶段的代理人。"),
                 ("f", "代理权限：特别授权。代为申请执行、提供财产线索、参与调查及和解、代收执行款、签收法律文书。"),
                 ("f", "委托期限：自签署之日起至本案执行终结止。")], font("hei", 38), x0=mm(24), width=s.width - mm(48),
             y=mm(44), line_height=66, indent=76)
        s.text(mm(24), mm(170), "委托人（盖章）：", font("hei", 38))
        seal(s, mm(90), mm(170), a.name, rng)
        s.text(mm(24), mm(196), "受托人（签名）：", font("hei", 38))
        signature(s, mm(80), mm(192), c.agent, rng)
        hand(s, s.width - mm(80), mm(220), num_date(c.filed_on - timedelta(days=4)), rng, size=38)
        return [s]
    if code == "law_firm_letter":
        s = paper("plain")
        s.text(mm(24), mm(20), c.firm, font("serif_bold", 54), fill=(20, 60, 130))
        s.line(mm(24), mm(33), s.width - mm(24), mm(33), width=4, fill=(20, 60, 130))
        s.centred(mm(44), "律师事务所函", font("serif_bold", 58), spacing=16)
        s.right(s.width - mm(24), mm(58), f"鄂汉律函〔{c.filed_on.year}〕第{rng.randint(10, 300)}号", font("serif", 34))
        flow(s, [("f", f"{COURT}执行局："),
                 ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{c.extra['cause']}执行一案的代理人。"),
                 ("p", f"律师联系电话：{c.agent_phone}。特此函告。")], font("serif", 40), x0=mm(26),
             width=s.width - mm(52), y=mm(72), line_height=68, indent=80)
        s.text(s.width - mm(92), mm(140), c.firm, font("serif", 36))
        seal(s, s.width - mm(60), mm(140), c.firm, rng)
        s.text(mm(24), s.height - mm(24), f"地址：{c.extra['firm_addr']}", font("serif", 28))
        return [s]
    if code == "lawyer_license":
        s = paper("plain")
        s.box(mm(30), mm(30), s.width - mm(30), mm(150), width=3)
        s.centred(mm(38), "律师执业证", font("serif_bold", 60), spacing=12)
        s.draw.rectangle((mm(40), mm(56), mm(70), mm(96)), fill=(175, 175, 180))
        for i, t in enumerate([f"姓名：{c.agent}", f"执业机构：{c.firm}", f"执业证号：{c.extra['lic_no']}",
                               "发证机关：湖北省司法厅", f"发证日期：{c.filed_on.year - 5}年3月"]):
            s.text(mm(78), mm(58) + i * 52, t, font("sans", 34))
        seal(s, s.width - mm(60), mm(120), "湖北省司法厅", rng)
        s.text(mm(30), mm(160), "复印件与原件一致", font("kai", 38))
        signature(s, mm(100), mm(158), c.agent, rng)
        return [s]
    if code == "identity_proof":
        return _identity(c, rng, r if served == ["respondent"] else a)
    if code == "property_clue_form":
        s = paper("plain")
        s.centred(mm(22), "被执行人财产线索表", font("sans_bold", 56))
        rows = [["被执行人", r.name], ["财产类型", "线索内容（开户行、账号、坐落、车牌等）"], ["银行存款", ""],
                ["不动产", ""], ["车辆", ""], ["其他", ""], ["提供人", ""]]
        table(s, mm(20), mm(40), [mm(40), mm(130)], rows, f, row_h=mm(22))
        clues = [f"{c.extra['resp_bank']} {c.extra['resp_acct']}", "万松园住房一套" if c.extra["story"] == "loan" else "不详",
                 "鄂A车一辆" if c.extra["story"] == "noodle" else "不详", "档口存货" if c.extra["story"] == "cloth" else "无"]
        for i, t in enumerate(clues):
            hand(s, mm(64), mm(40) + mm(22) * (i + 2) + 30, t, rng, size=36)
        signature(s, mm(64), mm(40) + mm(22) * 6 + 20, c.agent, rng)
        return [s]
    if code == "fee_receipt":
        s = paper("bank", ("湖北省非税收入 统一票据", (240, 226, 214), 0))
        s.centred(mm(18), "湖北省非税收入一般缴款书（电子）", font("sans_bold", 48))
        s.text(mm(16), mm(32), f"票据号码：{rng.randint(10**9, 10**10 - 1)}   开票日期：{num_date(c.basis_effective - timedelta(90))}",
               font("mono", 30))
        rows = [["缴款人", r.name if c.basis_kind == "mediation" else a.name], ["执收单位", c.basis_court],
                ["项目名称", "案件受理费"], ["金额", f"{rng.randint(800, 9000)}.00元"], ["备注", c.basis_number]]
        table(s, mm(16), mm(42), [mm(40), mm(138)], rows, font("sans", 32), row_h=mm(13))
        seal(s, s.width - mm(50), mm(100), "湖北省财政厅", rng, radius=mm(15), inner="票据监制章")
        return [s]
    if code == "payment_account_confirmation":
        s = paper("plain")
        s.centred(mm(24), "申请执行人收取案款确认书", font("hei", 56))
        rows = [["案号", c.number], ["户名", a.name], ["开户银行", c.extra["app_bank"]], ["账号", c.extra["app_acct"]],
                ["联系人及电话", f"{c.agent} {c.agent_phone}"]]
        table(s, mm(24), mm(42), [mm(46), mm(116)], rows, font("hei", 34), row_h=mm(18))
        s.text(mm(24), mm(148), "本单位确认以上账户用于接收本案执行款，因账户信息错误造成的后果由本单位承担。", font("hei", 30))
        seal(s, s.width - mm(60), mm(178), a.name, rng)
        return [s]
    if code == "service_address_confirmation":
        s = paper("plain")
        s.centred(mm(22), "送达地址确认书", font("serif_bold", 58))
        rows = [["案号", c.number], ["受送达人", a.name], ["送达地址", ""], ["电子送达", ""], ["联系电话", ""],
                ["确认人", ""]]
        table(s, mm(22), mm(40), [mm(40), mm(126)], rows, font("serif", 34), row_h=mm(20))
        hand(s, mm(66), mm(40) + mm(20) * 2 + 28, c.extra["firm_addr"], rng, size=34)
        hand(s, mm(66), mm(40) + mm(20) * 3 + 28, "同意手机短信送达", rng, size=34)
        hand(s, mm(66), mm(40) + mm(20) * 4 + 28, c.agent_phone, rng, size=34)
        signature(s, mm(66), mm(40) + mm(20) * 5 + 18, c.agent, rng)
        s.text(mm(22), mm(170), "告知：确认的地址适用于执行程序，地址变更应及时书面告知法院。", font("serif", 30))
        return [s]
    # settlement_agreement: typed by the parties themselves
    sheets, y = _typed("执行和解协议", [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
        ("p", f"就{c.number}一案，双方经协商自愿达成如下协议："),
        ("p", f"一、乙方于{cn_date(c.extra['paid_on'] - timedelta(days=3))}前将{money(c.amount)}交至{COURT}执行款专户；"),
        ("p", "二、乙方按期足额付清后，甲方放弃迟延履行期间的债务利息，本案执行完毕；"),
        ("p", "三、乙方未按期履行的，甲方可申请恢复执行原生效法律文书。")], face="sans", size=38)
    y = _room(sheets, y, 420) + 120
    last = sheets[-1]
    last.text(mm(26), y, "甲方：", font("sans", 36))
    seal(last, mm(70), y + 20, a.name, rng)
    last.text(mm(110), y, "乙方：", font("sans", 36))
    if r.kind == "person":
        signature(last, mm(130), y - 10, r.name, rng)
    else:
        seal(last, mm(150), y + 20, r.name, rng)
    hand(last, mm(26), y + 200, num_date(c.extra["paid_on"] - timedelta(days=8)), rng, size=36)
    return _pages(sheets)


def _identity(c: CaseCtx, rng: random.Random, who: Party) -> list[Sheet]:
    s = paper("plain")
    if who.kind == "organisation":
        s.box(mm(18), mm(18), s.width - mm(18), mm(200), width=6, outline=(160, 120, 60))
        s.centred(mm(30), "营 业 执 照", font("serif_bold", 80), spacing=24, fill=(150, 40, 30))
        s.centred(mm(48), "（副　本）", font("serif", 38))
        for i, t in enumerate([f"统一社会信用代码　{who.id_number}", f"名　　称　{who.name}",
                               "类　　型　" + ("股份有限公司分公司" if "支行" in who.name else "有限责任公司"),
                               f"{'负 责 人' if '支行' in who.name else '法定代表人'}　{who.legal_rep}",
                               f"住　　所　{who.address[:22]}",
                               f"成立日期　{c.filed_on.year - rng.randint(6, 18)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]):
            s.text(mm(30), mm(64) + i * 64, t, font("serif", 36))
        issuer = "绍兴市柯桥区市场监督管理局" if who.id_number[2:8] == "330603" else "武汉市江汉区市场监督管理局"
        seal(s, s.width - mm(60), mm(170), issuer, rng)
        s.text(mm(30), mm(220), "与原件核对一致", font("kai", 40), fill=RED)
        flow(s, [("f", "法定代表人（负责人）身份证明书"),
                 ("p", f"{who.legal_rep}在我单位任{'行长' if '支行' in who.name else '执行董事兼总经理'}职务，是我单位的"
                       "法定代表人（负责人）。特此证明。")], font("serif", 34), x0=mm(30), width=s.width - mm(60),
             y=mm(236), line_height=56, indent=68)
        seal(s, s.width - mm(60), mm(262), who.name, rng)
        return [s]
    s.box(mm(40), mm(30), mm(170), mm(110), width=3)
    s.draw.rectangle((mm(128), mm(40), mm(162), mm(82)), fill=(185, 185, 188))
    for i, t in enumerate([f"姓名　{who.name}", f"性别　{who.sex}　民族　汉",
                           f"出生　{who.born.year}年{who.born.month}月{who.born.day}日" if who.born else "出生",
                           f"住址　{who.address[:14]}", f"公民身份号码　{who.id_number}"]):
        s.text(mm(46), mm(38) + i * 56, t, font("hei", 30))
    s.box(mm(40), mm(120), mm(170), mm(200), width=3)
    s.centred(mm(140), "中华人民共和国", font("hei", 44), x0=mm(40), x1=mm(170))
    s.centred(mm(158), "居民身份证", font("hei", 56), x0=mm(40), x1=mm(170))
    s.text(mm(46), mm(186), f"签发机关　武汉市公安局　有效期限　{num_date(c.filed_on - timedelta(days=1800))}-长期",
           font("hei", 26))
    return [s]
