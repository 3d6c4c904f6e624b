"""Papers that reach 浦东法院 from others, each in its author's style: a large 上海 firm's letterhead, 上海一中院's
judgment, 上海仲裁委员会's award, this court's 调解书, banks' e-receipts, licences and ID copies, on-screen forms."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, INK, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_bj import COURT, e_seal, footer, song
from dossier.corpus.fonts import font


def _firm_head(s: Sheet, c: CaseCtx) -> float:
    """A big firm's letterhead: name left in bold sans, an English line, a thin navy rule, address at the foot."""
    navy = (20, 40, 90)
    s.text(mm(24), mm(16), c.firm, font("sans_bold", 40), fill=navy)
    s.text(mm(24), mm(25), "ATTORNEYS AT LAW · SHANGHAI", font("sans", 20), fill=navy, spacing=4)
    s.line(mm(24), mm(31), s.width - mm(24), mm(31), width=3, fill=navy)
    s.text(mm(24), s.height - mm(18), f"地址：{c.extra['firm_addr']}　邮编：200120　电话：021-6{c.extra['seq']}88",
           font("sans", 20), fill=navy)
    return mm(40)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = _firm_head(s, c)
    s.centred(y + mm(4), "强制执行申请书", font("serif_bold", 56), spacing=8)
    a, r = c.applicant, c.respondent
    who = (f"被申请人：{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}。" if r.kind == "person" else
           f"被申请人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}，法定代表人{r.legal_rep}。")
    blocks = [("f", f"申请人：{a.name}，统一社会信用代码{a.id_number}，住所地{a.address}，法定代表人{a.legal_rep}。"),
              ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"), ("f", who),
              ("h", "执行请求："),
              ("p", f"1．请求强制被申请人支付{_debt_words(c)}{money(c.amount)}，并加倍支付迟延履行期间的债务利息；"),
              ("p", "2．请求对被申请人采取限制高消费措施，并将其纳入失信被执行人名单；"),
              ("p", "3．本案执行费用由被申请人承担。"), ("h", "事实与理由："),
              ("p", f"申请人与被申请人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}法律文书，"
                    f"已于{cn_date(c.basis_effective)}发生法律效力。被申请人至今未履行，特依法申请强制执行。"),
              ("f", "此致"), ("f", COURT)]
    y = flow(s, blocks, song(32), x0=mm(26), width=s.width - mm(52), y=y + mm(20), line_height=mm(8.4), indent=64)
    s.text(s.width - mm(100), y + mm(10), f"申请人：{a.name}", song(30))
    seal(s, s.width - mm(60), y + mm(12), a.name, rng)
    s.text(s.width - mm(100), y + mm(26), cn_date(c.day(-3)), song(30))
    return [s]


def _debt_words(c: CaseCtx) -> str:
    return {"supplier": "货款及逾期付款违约金", "lease": "到期未付租金、留购价款及违约金", "loan": "借款本金、利息及罚息"}[c.extra["story"]]


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    story = c.extra["story"]
    a, r = c.applicant, c.respondent
    if story == "lease":
        head, title = "上海仲裁委员会", "裁 决 书"
        body = [("p", f"上海仲裁委员会（以下简称仲裁委员会）根据申请人{a.name}与被申请人{r.name}签订的《融资租赁合同》中的"
                      "仲裁条款，以及申请人向仲裁委员会提交的仲裁申请书，受理了双方之间的融资租赁合同争议案。"),
                ("p", f"申请人委托代理人{c.agent}，{c.firm}律师；被申请人法定代表人{r.legal_rep}，委托代理人{person_name(rng)}。"),
                ("p", "本案适用《上海仲裁委员会仲裁规则》，由独任仲裁员审理，于庭审中听取了双方陈述、质证和辩论意见。"),
                ("p", "经审理查明：申请人依被申请人选择购买牵引车及半挂车共十二台出租予被申请人，被申请人自第七期起未按期支付租金，"
                      "经催告仍未支付。申请人依约宣布租金加速到期。"),
                ("p", "申请人的仲裁请求：1．被申请人支付全部未付租金、留购价款；2．支付逾期违约金；3．承担律师费及仲裁费。"
                      "被申请人答辩称，受运输市场下行影响，资金周转困难，对欠付租金金额无异议，但认为违约金过高。"),
                ("p", "仲裁庭查明：双方签订的《融资租赁合同》约定租赁期三十六个月，按月支付租金，租赁期满被申请人支付留购价款"
                      "人民币一百元后取得租赁物所有权；被申请人逾期支付任何一期租金超过三十日的，申请人有权宣布全部租金提前到期。"),
                ("p", "仲裁庭认为，双方合同合法有效，被申请人未按约支付租金构成违约，应承担相应责任。裁决如下："),
                ("p", f"（一）被申请人向申请人支付全部未付租金、留购价款及违约金合计{money(c.amount)}；"),
                ("p", "（二）本案仲裁费由被申请人承担。"), ("p", "本裁决为终局裁决，自作出之日起发生法律效力。")]
        signers = [f"独任仲裁员　{person_name(rng)}"]
    elif story == "supplier":
        head, title = "上海市第一中级人民法院", "民 事 判 决 书"
        body = [("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，执行董事。"),
                ("f", f"委托诉讼代理人：{person_name(rng)}，上海市{rng.choice(['汇衡', '申江'])}律师事务所律师。"),
                ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，总经理。"),
                ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
                ("p", f"上诉人{r.name}因与被上诉人{a.name}{c.extra['cause']}一案，不服上海市浦东新区人民法院"
                      f"{c.extra['first']}民事判决，向本院提起上诉。本院依法组成合议庭进行了审理。本案现已审理终结。"),
                ("p", "上诉人称其为跨境电商平台店铺经营者，所购母婴用品存在批次质量问题，请求撤销原判。被上诉人辩称货物已经验收入保税仓，"
                      "上诉人未在约定期间提出异议。"),
                ("p", f"一审法院查明：{num_date(c.basis_effective - timedelta(days=420))}，双方签订《供货框架协议》，约定被上诉人向上诉人"
                      "供应母婴用品，货物交付至外高桥保税区指定仓库，上诉人于收货后七日内检验，逾期未提出异议视为合格，货款按月结算，"
                      "逾期付款按每日万分之五计付违约金。协议履行期间，被上诉人分十一批交货，上诉人仅支付前六批货款，余款经对账确认后"
                      "至今未付。一审法院据此判决上诉人支付货款及违约金。"),
                ("p", "本院二审期间，当事人均未提交新证据。本院对一审查明的事实予以确认。"),
                ("p", "本院认为，上诉人在收货后未于合同约定的七日检验期内提出书面异议，应视为货物质量符合约定。一审判决认定事实清楚，"
                      "适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项之规定，判决如下："),
                ("p", f"驳回上诉，维持原判（上诉人应支付被上诉人货款及违约金共计{money(c.amount)}）。"),
                ("p", "二审案件受理费由上诉人负担。"), ("p", "本判决为终审判决。")]
        signers = [f"审判长　{c.extra['judge_trial']}", f"审判员　{person_name(rng)}", f"审判员　{person_name(rng)}"]
    else:
        head, title = COURT, "民 事 调 解 书"
        body = [("f", f"原告：{a.name}，住所地{a.address}。"), ("f", f"被告：{r.name}，住{r.address}。"),
                ("p", f"原告{a.name}与被告{r.name}金融借款合同纠纷一案，本院于立案后依法适用简易程序。经本院主持调解，"
                      "双方当事人自愿达成如下协议："),
                ("p", f"一、被告确认结欠原告借款本金、利息及罚息合计{money(c.amount)}，"
                      "于调解书生效后三十日内一次性归还；"),
                ("p", "二、如被告未按期足额履行，原告有权就全部未付款项申请强制执行。"),
                ("p", "上述协议，符合有关法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。")]
        signers = [f"审判员　{c.extra['judge_trial']}", f"书记员　{person_name(rng)}"]
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(mm(22), head, font("serif_bold", 48), spacing=4)
    s.centred(mm(36), title, font("serif_bold", 60), spacing=10)
    s.right(s.width - mm(28), mm(52), c.basis_number, song(32))

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], mm(26)

    y = flow(s, body, song(32), x0=mm(28), width=s.width - mm(56), y=mm(64), line_height=mm(8.8), indent=64,
             bottom=s.height - mm(60), more=more)
    if y > sheets[-1].height - mm(110):
        more()
        y = mm(40)
    last = sheets[-1]
    for k, who in enumerate(signers):
        last.text(last.width - mm(90), y + mm(10) + k * mm(9), who, song(32))
    yd = y + mm(16) + len(signers) * mm(9)
    last.text(last.width - mm(90), yd, cn_date(c.basis_effective - timedelta(days=20)), song(32))
    seal(last, last.width - mm(66), yd, head, rng)
    last.text(mm(28), yd + mm(20), "本件与原本核对无异", font("kai", 34), fill=INK)
    for k, sh in enumerate(sheets):
        footer(sh, k + 1, len(sheets), rng)
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(30), "上海仲裁委员会", font("serif_bold", 52), spacing=6)
    s.centred(mm(46), "裁决书生效证明", font("serif_bold", 56))
    flow(s, [("p", f"{c.applicant.name}与{c.respondent.name}融资租赁合同争议仲裁案，本会于{cn_date(c.basis_effective)}"
                   f"作出{c.basis_number}裁决书，并已依法送达双方当事人。"),
             ("p", "根据《中华人民共和国仲裁法》第五十七条之规定，该裁决书自作出之日起发生法律效力。"),
             ("p", "特此证明。")], song(32), x0=mm(28), width=s.width - mm(56), y=mm(70), line_height=mm(9), indent=64)
    s.text(s.width - mm(96), mm(150), "上海仲裁委员会秘书处", song(32))
    s.text(s.width - mm(96), mm(160), cn_date(c.basis_effective + timedelta(days=9)), song(32))
    seal(s, s.width - mm(70), mm(152), "上海仲裁委员会", rng)
    s.text(mm(28), mm(250), f"经办人：{person_name(rng)}　联系电话：021-6{rng.randint(1000000, 9999999)}", song(24))
    return [s]


def _screen_form(title: str, rows: list[list[str]], c: CaseCtx, rng: random.Random, *, sign: str) -> Sheet:
    """A form filled on the 诉讼服务 screen and printed: grey header band, typed fills, a wet signature."""
    s = Sheet()
    s.draw.rectangle((mm(18), mm(14), s.width - mm(18), mm(30)), fill=(225, 228, 232))
    s.text(mm(22), mm(17), "上海法院诉讼服务平台 · 在线填报", font("sans", 24))
    s.centred(mm(38), title, font("sans_bold", 48))
    s.text(mm(20), mm(52), f"案号：{c.number}", font("sans", 24))
    y = table(s, mm(20), mm(60), [mm(52), s.width - mm(92)], rows, font("sans", 26), row_h=mm(15), centre_first=True)
    s.text(mm(24), y + mm(12), f"{sign}（签名/盖章）：", font("sans", 28))
    signature(s, mm(100), y + mm(8), sign, rng, ink=BLUE_INK)
    s.text(mm(24), y + mm(26), f"填报日期：{c.day(-3):%Y-%m-%d}　打印编号：WSLA{rng.randint(10**9, 10**10 - 1)}",
           font("sans", 22))
    return s


def _licence(s: Sheet, x: float, y: float, p_name: str, code: str, rep: str, addr: str, rng: random.Random) -> None:
    """A 营业执照 copy: double frame, national title, the 市场监督管理局 seal."""
    w, h = s.width - 2 * x, mm(150)
    s.box(x, y, x + w, y + h, width=6, outline=(120, 80, 30))
    s.box(x + 12, y + 12, x + w - 12, y + h - 12, width=2, outline=(120, 80, 30))
    s.centred(y + mm(12), "营 业 执 照", font("serif_bold", 70), spacing=14)
    s.centred(y + mm(28), "（副　本）", font("serif", 30))
    f = font("serif", 28)
    lines = [f"统一社会信用代码　{code}", f"名　　称　{p_name}", "类　　型　有限责任公司（自然人投资或控股）",
             f"法定代表人　{rep}", f"住　　所　{addr}", f"注册资本　人民币{rng.choice([500, 1000, 3000, 5000])}万元",
             f"成立日期　{rng.randint(2008, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]
    for k, t in enumerate(lines):
        s.text(x + mm(12), y + mm(40) + k * mm(11), t, f)
    s.text(x + w - mm(80), y + h - mm(22), "登记机关", f)
    seal(s, x + w - mm(40), y + h - mm(30), "上海市浦东新区市场监督管理局", rng, radius=mm(17))


def _identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    p = c.respondent if "respondent" in served else c.applicant
    s = Sheet()
    if p.kind == "person":
        s.centred(mm(16), "常住人口登记信息（查询）", font("sans_bold", 44))
        rows = [["姓名", p.name], ["性别", p.sex], ["出生日期", num_date(p.born) if p.born else ""],
                ["公民身份号码", p.id_number], ["住址", p.address], ["户籍地派出所", "上海市公安局浦东分局"
                                                                   f"{p.address[7:9]}派出所"],
                ["查询单位", COURT], ["查询日期", f"{c.day(6):%Y-%m-%d}"]]
        table(s, mm(22), mm(30), [mm(46), s.width - mm(90)], rows, font("sans", 28), row_h=mm(14), centre_first=True)
        s.draw.rectangle((mm(140), mm(150), mm(185), mm(205)), fill=(190, 190, 195))
        s.text(mm(148), mm(175), "照片", font("sans", 28))
        seal(s, mm(100), mm(200), "上海市公安局浦东分局户籍专用章", rng, radius=mm(18))
        return [s]
    _licence(s, mm(20), mm(24), p.name, p.id_number, p.legal_rep, p.address, rng)
    s.text(mm(30), mm(190), "与原件核对一致，仅供强制执行使用", font("kai", 40), fill=(40, 40, 160))
    seal(s, mm(150), mm(205), p.name, rng)
    return [s]


def _letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = _firm_head(s, c)
    s.right(s.width - mm(26), y, f"沪{c.firm[2:4]}律执字〔{c.filed_on.year}〕第{rng.randint(10, 400)}号", song(28))
    s.centred(y + mm(12), "律 师 事 务 所 函", font("serif_bold", 54), spacing=4)
    y = flow(s, [("f", f"{COURT}："), (
        "p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
             "代理人，代理权限为特别授权。"), ("p", "特此函告。"), ("f", "附：授权委托书一份、律师执业证复印件一份")],
             song(32), x0=mm(26), width=s.width - mm(52), y=y + mm(30), line_height=mm(9), indent=64)
    s.text(s.width - mm(100), y + mm(20), c.firm, song(30))
    seal(s, s.width - mm(66), y + mm(24), c.firm, rng)
    s.text(s.width - mm(100), y + mm(32), cn_date(c.day(-4)), song(30))
    return [s]


def _license(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """律师执业证 copy: the two inner pages side by side, grey photo block, 司法局 seal."""
    s = Sheet()
    x, y, w, h = mm(18), mm(30), s.width - mm(36), mm(110)
    s.box(x, y, x + w, y + h, width=3)
    s.line(x + w / 2, y, x + w / 2, y + h, width=1)
    s.draw.rectangle((x + mm(12), y + mm(14), x + mm(42), y + mm(54)), fill=(170, 170, 175))
    f = font("serif", 26)
    left = [f"执业机构　{c.firm}", "执业证类别　专职律师", f"执业证号　{c.extra['lic']}",
            f"法律职业资格证号　A{rng.randint(2008, 2018)}31{rng.randint(10**9, 10**10 - 1)}"]
    for k, t in enumerate(left):
        s.text(x + mm(6), y + mm(62) + k * mm(10), t, font("serif", 22))
    right = [f"姓名　{c.agent}", "性别　" + rng.choice("男女"), f"身份证号　{c.applicant.id_number[:6]}********",
             "发证机关　上海市司法局", f"发证日期　{rng.randint(2015, 2022)}年{rng.randint(1, 12)}月"]
    for k, t in enumerate(right):
        s.text(x + w / 2 + mm(8), y + mm(12) + k * mm(12), t, f)
    s.centred(y - mm(12), "中华人民共和国律师执业证（复印件）", font("serif_bold", 40))
    seal(s, x + w - mm(40), y + h - mm(28), "上海市司法局", rng, radius=mm(16))
    s.text(x, y + h + mm(14), "年度考核：称职　　考核机关：上海市律师协会", f)
    s.text(x, y + h + mm(40), "复印件与原件一致", font("kai", 38), fill=INK)
    signature(s, x + mm(80), y + h + mm(36), c.agent, rng)
    return [s]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(28), "授 权 委 托 书", font("serif_bold", 60), spacing=8)
    flow(s, [("f", f"委托人：{c.applicant.name}"), ("f", f"法定代表人：{c.applicant.legal_rep}"),
             ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
             ("p", f"现委托上列受托人在我方与{c.respondent.name}{c.extra['cause']}执行一案中，作为我方代理人。"),
             ("p", "代理权限：特别授权，包括代为申请执行，提供财产线索，代为签收法律文书，代为参加执行听证，代为和解，"
                   "代为申请限制消费及纳入失信名单，代为领取执行款项。")],
         song(32), x0=mm(26), width=s.width - mm(52), y=mm(50), line_height=mm(9.4), indent=64)
    s.text(mm(110), mm(190), "委托人（盖章）：", song(30))
    seal(s, mm(160), mm(192), c.applicant.name, rng)
    s.text(mm(110), mm(206), f"{c.day(-5):%Y年%m月%d日}", song(30))
    return [s]


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's 案款 paid out by the 浦发 settlement system: an e-receipt (电子回单) printed for the dossier."""
    s = Sheet()
    s.text(mm(20), mm(18), "上海浦东发展银行", font("sans_bold", 42), fill=(10, 50, 120))
    s.text(mm(20), mm(28), "SPD BANK　　　　　　　　　　　　　　　　　业务回单（付款）", font("sans", 26))
    rows = [["回单编号", f"{rng.randint(10**15, 10**16 - 1)}", "交易日期", f"{c.extra['paid_on']:%Y-%m-%d}"],
            ["付款人户名", f"{COURT}（案款专户）", "付款账号", f"9801{rng.randint(10**11, 10**12 - 1)}"],
            ["收款人户名", c.applicant.name, "收款账号", c.extra["acct"]],
            ["收款行", c.extra["bank"], "币种", "人民币"],
            ["金额（小写）", f"¥{c.amount:,.2f}", "金额（大写）", money_caps(c.amount)],
            ["用途", f"{c.number}案款发放", "摘要", "执行款"]]
    table(s, mm(20), mm(38), [mm(30), mm(60), mm(28), mm(52)], rows, font("sans", 22), row_h=mm(13), pad=6)
    e_seal(s, s.width - mm(50), mm(110), "上海浦东发展银行电子回单专用章", r=mm(16))
    s.text(mm(20), mm(132), f"打印次数：1　　打印时间：{c.extra['paid_on'] + timedelta(days=1):%Y-%m-%d}", font("sans", 22))
    s.centred(mm(150), "案 款 发 放 凭 证", font("serif_bold", 48))
    table(s, mm(20), mm(162), [mm(40), s.width - mm(80)],
          [["案号", c.number], ["领款人", c.applicant.name], ["发放金额", f"{money(c.amount)}"],
           ["审批人", ""], ["经办人", c.officer]], song(28), row_h=mm(14), centre_first=True)
    signature(s, mm(66), mm(162) + 3 * mm(14) + mm(2), person_name(rng), rng)
    return [s]


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "identity_proof":
        return _identity(c, rng, served)
    if code == "law_firm_letter":
        return _letter(c, rng)
    if code == "lawyer_license":
        return _license(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "payment_voucher":
        return _voucher(c, rng)
    if code == "property_clue_form":
        return [_screen_form("被执行人财产线索表", [
            ["被执行人", r.name], ["证照号码", r.id_number], ["银行账户", f"{c.extra['bank']}（尾号{rng.randint(1000, 9999)}）"],
            ["不动产", "浦东新区不动产登记事务中心查询：无" if r.kind != "person" else f"{r.address}（按揭中）"],
            ["车辆", f"沪{rng.choice('ABDEFG')}{rng.randint(10000, 99999)}"], ["应收账款／其他",
             "对天猫国际、京东国际平台店铺保证金及待结算货款" if c.extra["story"] == "supplier" else "不详"],
            ["线索来源", "申请人调查"]], c, rng, sign=c.agent)]
    if code == "payment_account_confirmation":
        return [_screen_form("申请执行人收取案款确认书", [
            ["申请执行人", a.name], ["开户名", a.name], ["开户行", c.extra["bank"]], ["账号", c.extra["acct"]],
            ["联系人", c.agent], ["联系电话", c.agent_phone],
            ["承诺", "上述账户如有变更，及时书面告知法院，因账户错误导致的损失自行承担。"]], c, rng, sign=c.agent)]
    if code == "service_address_confirmation":
        return [_screen_form("送达地址确认书", [
            ["受送达人", a.name], ["是否同意电子送达", "☑ 同意　□ 不同意"], ["接收手机号码", c.agent_phone],
            ["电子邮箱", f"{c.agent[:1] and 'lawyer'}{rng.randint(100, 999)}@{rng.choice(['pjlaw', 'ljzlaw'])}.com.cn"],
            ["邮寄地址", c.extra["firm_addr"]], ["代收人", c.agent],
            ["告知", "确认的送达地址适用于执行程序；地址变更未告知的，按原地址送达视为送达。"]], c, rng, sign=c.agent)]
    if code == "fee_receipt":
        s = Sheet()
        s.centred(mm(20), "上海市非税收入一般缴款书（电子）", font("serif_bold", 46))
        s.text(mm(20), mm(34), f"票据代码：31060124　票据号码：{rng.randint(10**7, 10**8 - 1)}　"
                               f"开票日期：{c.day(-1):%Y-%m-%d}", font("sans", 24))
        table(s, mm(20), mm(44), [mm(40), s.width - mm(80)], [
            ["交款人", a.name], ["执收单位", COURT], ["项目名称", "申请执行费"], ["金额", f"¥{c.extra['fee']:,.2f}"],
            ["金额（大写）", money_caps(c.extra["fee"])], ["备注", c.number]], font("sans", 26), row_h=mm(14),
            centre_first=True)
        e_seal(s, s.width - mm(60), mm(142), "上海市财政局票据监制章", r=mm(15))
        s.text(mm(20), mm(160), "收款单位（章）　　　　复核人：　　　　收款人：", font("sans", 24))
        return [s]
    if code == "property_declaration_form":
        s = Sheet()
        s.centred(mm(20), "财 产 申 报 表", font("serif_bold", 54), spacing=6)
        s.text(mm(20), mm(34), f"案号：{c.number}　申报人：{r.name}", song(26))
        rows = [["财产类别", "具体情况"], ["银行存款", ""], ["不动产", ""], ["车辆", ""], ["股权、投资", ""], ["收入情况", ""],
                ["一年内财产变动", ""]]
        table(s, mm(20), mm(44), [mm(46), s.width - mm(86)], rows, song(28), row_h=mm(22), centre_first=True)
        fills = [f"{c.extra['bank']}一户，余额约{rng.randint(2, 80)}万元", "无", f"沪{rng.choice('ABC')}牌货车{rng.randint(1, 4)}辆",
                 "无", "经营收入，近月亏损", "无"]
        for k, t in enumerate(fills):
            hand(s, mm(72), mm(44) + (k + 1) * mm(22) + mm(6), t, rng, size=36)
        s.text(mm(20), mm(210), "申报人保证以上内容真实，如有虚假愿承担法律责任。申报人：", song(26))
        signature(s, mm(150), mm(206), r.legal_rep or r.name, rng)
        return [s]
    if code == "settlement_agreement":
        s = Sheet()
        s.centred(mm(26), "执 行 和 解 协 议", font("hei", 56), spacing=6)
        y = flow(s, [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
                     ("p", f"就{c.number}执行一案，双方经协商一致，达成如下和解："),
                     ("p", f"一、乙方确认欠付甲方款项{money(c.amount)}，于{num_date(c.extra['paid_on'] - timedelta(days=5))}前"
                           "汇入浦东法院案款账户；"),
                     ("p", "二、乙方按期付清后，甲方同意放弃迟延履行期间的加倍部分利息；"),
                     ("p", "三、乙方未按期履行的，甲方可申请恢复执行原生效法律文书。"),
                     ("p", "本协议一式三份，双方各执一份，交法院一份入卷。")], font("hei", 30), x0=mm(26),
                 width=s.width - mm(52), y=mm(46), line_height=mm(9.2), indent=60)
        s.text(mm(26), y + mm(16), "甲方（盖章）：", font("hei", 30))
        s.text(mm(120), y + mm(16), "乙方（盖章）：", font("hei", 30))
        seal(s, mm(66), y + mm(20), a.name, rng)
        if r.kind == "person":
            signature(s, mm(150), y + mm(14), r.name, rng)
        else:
            seal(s, mm(160), y + mm(20), r.name, rng)
        s.text(mm(26), y + mm(44), f"签订日期：{num_date(c.day(30))}　　签订地点：{COURT}执行局谈话室", font("hei", 26))
        return [s]
    raise KeyError(code)

